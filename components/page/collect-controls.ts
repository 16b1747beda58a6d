/**
 * The form controls detection looks at, in document order: inputs, selects and textareas of
 * the root, of the open shadow roots inside it, and of same-origin about:blank / srcdoc frames
 * (where a content script may not run by itself). Skips hidden inputs, buttons and our own
 * nodes. Controls of a hidden part of the page (a tab panel with the `hidden` attribute, an
 * inline display:none, an inert drawer) are kept: a mark is only an attribute, its outline shows
 * when the part is displayed, and a clerk's MediPrima or billing tab must already be marked when
 * it is clicked — nothing has to watch for it to appear. No computed style is ever read.
 */
import { OWN_NODE_ATTRIBUTE } from './field-kinds';
import type { FormControl } from './label-of';
import { parentOf } from './section-context';

export interface CollectOptions {
  /** Walk into same-origin frames: only about:blank/srcdoc ones (default), all, or none. */
  readonly frames?: 'about-blank' | 'same-origin' | 'none';
  /** Walk into open shadow roots (default true). */
  readonly shadowRoots?: boolean;
  /** Stop after this many controls (default 20,000). */
  readonly maxControls?: number;
  /** Own-ancestor answers to share between calls made in the same moment (one observer batch). */
  readonly hiddenMemo?: WeakMap<Element, boolean>;
  /** Told of every open shadow root walked into (the content script observes them too). */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** Told of every frame document walked into; return false to leave that frame out. */
  readonly onFrameDocument?: (doc: Document) => boolean | void;
}

/** Never one of our fields. (type=tel stays: some HIS use it to get a numeric keypad for the NISS.) */
const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'color', 'range', 'email', 'url']);

export type ControlRoot = Document | ShadowRoot | Element;

export function collectControls(root: ControlRoot, options: CollectOptions = {}): FormControl[] {
  const out: FormControl[] = [];
  const max = options.maxControls ?? 20_000;
  const hiddenMemo = options.hiddenMemo ?? new WeakMap<Element, boolean>();
  const visit = (scope: ControlRoot): void => {
    if (out.length >= max) return;
    if (scope.nodeType === 1 && isCandidate(scope as Element, hiddenMemo)) out.push(scope as FormControl);
    const controls = scope.querySelectorAll('input,select,textarea');
    // Usually none of our own nodes is in the scope nor around it: then no control is in one,
    // and the ancestors of each control need not be walked.
    const noOwn = scope.querySelector(OWN_SELECTOR) === null && !(scope.nodeType === 1 ? ownNode(scope as Element, hiddenMemo) : hostIsOwn(scope as Document | ShadowRoot, hiddenMemo));
    for (let i = 0; i < controls.length; i++) {
      if (out.length >= max) return;
      const el = controls[i]!;
      if (noOwn ? isControl(el) : isCandidate(el, hiddenMemo)) out.push(el as FormControl);
    }
    if (options.shadowRoots !== false) {
      for (const host of shadowHosts(scope)) {
        options.onShadowRoot?.(host.shadowRoot!);
        visit(host.shadowRoot!);
      }
    }
    if ((options.frames ?? 'about-blank') !== 'none') {
      for (const frame of Array.from(scope.querySelectorAll('iframe,frame')) as HTMLIFrameElement[]) {
        const doc = sameOriginDocument(frame);
        if (!doc || (options.frames !== 'same-origin' && !isAboutBlankOrSrcdoc(doc))) continue;
        if (options.onFrameDocument?.(doc) === false) continue;
        visit(doc);
      }
    }
  };
  visit(root);
  return out;
}

/** Elements with an open shadow root (a tree walker: the cheapest full scan in Chromium). */
function shadowHosts(scope: ControlRoot): Element[] {
  const hosts: Element[] = [];
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
  if (!doc) return hosts;
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.shadowRoot && !el.hasAttribute(OWN_NODE_ATTRIBUTE)) hosts.push(el);
  }
  return hosts;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}

export function isAboutBlankOrSrcdoc(doc: Document): boolean {
  const url = doc.URL;
  return url === 'about:blank' || url === 'about:srcdoc' || url.startsWith('about:');
}

const OWN_SELECTOR = `[${OWN_NODE_ATTRIBUTE}]`;

/** An input, select or textarea detection may look at (whatever is around it). */
function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = el.getAttribute('type');
    return type === null || !SKIPPED_TYPES.has(type.toLowerCase());
  }
  return tag === 'SELECT' || tag === 'TEXTAREA';
}

function isCandidate(el: Element, hiddenMemo: WeakMap<Element, boolean>): boolean {
  if (!isControl(el)) return false;
  const parent = parentOf(el);
  return !parent || !ownNode(parent, hiddenMemo);
}

/** A shadow root of one of our own nodes (a document: never). */
function hostIsOwn(scope: Document | ShadowRoot, memo: WeakMap<Element, boolean>): boolean {
  const host = scope.nodeType === 11 ? (scope as ShadowRoot).host : null;
  return host ? ownNode(host, memo) : false;
}

/** Part of our own UI — this element or an ancestor. */
function ownNode(el: Element, memo: WeakMap<Element, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let result = el.hasAttributes() && el.hasAttribute(OWN_NODE_ATTRIBUTE);
  if (!result) {
    const parent = parentOf(el);
    result = parent ? ownNode(parent, memo) : false;
  }
  memo.set(el, result);
  return result;
}
