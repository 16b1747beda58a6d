/**
 * Helpers for the real-Chromium tests and the bench: the DOM-only test tools bundled for
 * injection into a page, waiting for a fixture and for the content script to settle, and the
 * hover/focus label read through the debugging protocol (it lives in a closed shadow root).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const HERE = import.meta.dirname;

/**
 * score.ts and snapshot.ts as one script defining `globalThis.__payerCheckTest`, evaluated
 * through the debugging protocol (a page's CSP does not apply to it).
 */
export async function testToolsScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { scorePage, totals } from './score';
        import { snapshotControls } from './snapshot';
        globalThis.__payerCheckTest = { scorePage, totals, snapshotControls };`,
      resolveDir: HERE,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export interface TestTools {
  scorePage(root: Document): { tp: number; fp: number; fn: number; controls: number; mistakes: { where: string; expected: string | null; detected: string | null }[] };
  snapshotControls(root: Document): import('./snapshot').ControlSnapshot[];
}

/** Resolves when the fixture's own script says it is done (or it has none). */
export async function waitForFixture(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body && ['done', null].includes(document.body.getAttribute('data-fixture-state')), null, { timeout });
}

/** Marked controls in the page, its open shadow roots and its same-origin frames. */
export function countMarks(frame: Page | Frame): Promise<number> {
  // No inner named functions: tsx would wrap them in a `__name` the page does not have.
  return frame.evaluate(() => {
    let n = 0;
    const scopes: (Document | ShadowRoot)[] = [document];
    while (scopes.length) {
      const scope = scopes.pop()!;
      n += scope.querySelectorAll('[data-payer-check-field]').length;
      for (const el of Array.from(scope.querySelectorAll('*'))) if (el.shadowRoot) scopes.push(el.shadowRoot);
      for (const frame of Array.from(scope.querySelectorAll('iframe,frame'))) {
        try {
          const doc = (frame as HTMLIFrameElement).contentDocument;
          if (doc) scopes.push(doc);
        } catch {
          // cross-origin
        }
      }
    }
    return n;
  });
}

/** Waits until the number of marked controls stops changing (the observer's batches are done). */
export async function waitForMarksToSettle(page: Page, { quietMs = 600, timeoutMs = 20_000 } = {}): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await countMarks(page);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return now;
    }
    if (Date.now() - start > timeoutMs) return now;
    await page.waitForTimeout(100);
  }
}

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface ShownLabel {
  readonly text: string;
  readonly visible: boolean;
}

/** The text of our hover/focus labels (closed shadow roots), read through the debugging protocol. */
export async function shownLabels(page: Page): Promise<ShownLabel[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const labels: ShownLabel[] = [];
    const textOf = (node: DomNode): string => (node.nodeValue ?? '') + (node.children ?? []).map(textOf).join('');
    const visit = (node: DomNode, inOverlay: boolean): void => {
      const overlay = inOverlay || node.nodeName === 'PAYER-CHECK-OVERLAY';
      const attributes = node.attributes ?? [];
      const role = attributes[attributes.indexOf('role') + 1];
      if (overlay && attributes.includes('role') && role === 'tooltip') {
        const style = attributes[attributes.indexOf('style') + 1] ?? '';
        labels.push({ text: textOf(node).trim(), visible: /display:\s*block/.test(style) });
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) visit(child, overlay);
    };
    visit(root, false);
    return labels;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export const FIXTURE_TOOLS_PATH = resolve(HERE, 'score.ts');
