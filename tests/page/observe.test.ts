// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDetectionCache, detectFields } from '../../components/page/detect-fields';
import { OWN_NODE_ATTRIBUTE } from '../../components/page/field-kinds';
import { clearHighlights, createHighlighter } from '../../components/page/highlight';
import { FIELD_KIND_LABELS } from '../../components/page/kind-labels';
import { observeAddedSubtrees } from '../../components/page/observe';
import { fixtureDone, loadFixture, runFixtureScript } from './load-fixture';
import { scorePage } from './score';

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  clearHighlights();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('observeAddedSubtrees', () => {
  it('hands over added subtrees once, batched, outermost only', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const batches: Element[][] = [];
    const stop = observeAddedSubtrees(document.body, (subtrees) => batches.push(subtrees), { debounceMs: 10 });
    const section = document.createElement('section');
    section.innerHTML = '<div><input></div>';
    document.getElementById('m')!.append(section);
    section.firstElementChild!.append(document.createElement('p')); // inside the first: not separate
    const aside = document.createElement('aside');
    document.body.append(aside);
    await settle();
    expect(batches).toEqual([[section, aside]]);
    stop();
  });

  it('ignores our own nodes and subtrees removed before the batch runs', async () => {
    const batches: Element[][] = [];
    const stop = observeAddedSubtrees(document.body, (subtrees) => batches.push(subtrees), { debounceMs: 10 });
    const ours = document.createElement('payer-check-overlay');
    ours.setAttribute(OWN_NODE_ATTRIBUTE, '');
    document.body.append(ours);
    const inside = document.createElement('div');
    ours.append(inside);
    const gone = document.createElement('div');
    document.body.append(gone);
    gone.remove();
    await settle();
    expect(batches).toEqual([]);
    stop();
  });

  it('serves at most maxPerBatch subtrees per idle slot and carries the rest', async () => {
    const sizes: number[] = [];
    const stop = observeAddedSubtrees(document.body, (subtrees) => sizes.push(subtrees.length), { debounceMs: 5, maxPerBatch: 3 });
    for (let i = 0; i < 10; i++) document.body.append(document.createElement('div'));
    await settle(150);
    expect(sizes).toEqual([3, 3, 3, 1]);
    stop();
  });

  it('stops for good after maxBatches in this frame', async () => {
    let calls = 0;
    observeAddedSubtrees(document.body, () => calls++, { debounceMs: 5, maxBatches: 1 });
    document.body.append(document.createElement('div'));
    await settle(40);
    document.body.append(document.createElement('div'));
    await settle(40);
    expect(calls).toBe(1);
  });

  it('waits for an idle moment where the browser offers one', async () => {
    const idle = vi.fn((callback: () => void) => setTimeout(callback, 0) as unknown as number);
    Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: vi.fn() });
    try {
      const seen: number[] = [];
      const stop = observeAddedSubtrees(document, (subtrees) => seen.push(subtrees.length), { debounceMs: 5, idleTimeoutMs: 300 });
      document.body.append(document.createElement('div'));
      await settle(40);
      expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 300 });
      expect(seen).toEqual([1]);
      stop();
    } finally {
      delete (window as unknown as Record<string, unknown>).requestIdleCallback;
      delete (window as unknown as Record<string, unknown>).cancelIdleCallback;
    }
  });

  it('does not start a new timer for every mutation of a batch (bounded latency)', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const stop = observeAddedSubtrees(document.body, () => calls++, { debounceMs: 100 });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(40); // a mutation every 40 ms for 200 ms
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBeLessThanOrEqual(3);
    expect(calls).toBeGreaterThanOrEqual(2);
    stop();
  });

  it('observes shadow roots added later through the handle, and stops with it', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const batches: Element[][] = [];
    const stop = observeAddedSubtrees(document.body, (subtrees) => batches.push(subtrees), { debounceMs: 5 });
    stop.observe(shadow);
    const input = document.createElement('input');
    shadow.append(input);
    await settle(40);
    expect(batches).toEqual([[input]]);
    stop();
    shadow.append(document.createElement('input'));
    await settle(40);
    expect(batches).toHaveLength(1);
  });

  it('keeps observing when the consumer throws', async () => {
    let calls = 0;
    const stop = observeAddedSubtrees(
      document.body,
      () => {
        calls++;
        throw new Error('consumer bug');
      },
      { debounceMs: 5 },
    );
    document.body.append(document.createElement('div'));
    await settle(30);
    document.body.append(document.createElement('div'));
    await settle(30);
    expect(calls).toBe(2);
    stop();
  });
});

describe('a single-page HIS that loads and swaps sections late (spa.html)', () => {
  it('ends with every field of the final page marked, handling only added subtrees', async () => {
    loadFixture('spa.html');
    const cache = createDetectionCache();
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document, { cache }));
    const handled: Element[] = [];
    const stop = observeAddedSubtrees(
      document,
      (subtrees) => {
        handled.push(...subtrees);
        for (const subtree of subtrees) highlighter.apply(detectFields(subtree, { cache }));
      },
      { debounceMs: 20 },
    );
    runFixtureScript('spa.js');
    await fixtureDone();
    await settle(120);
    stop();
    const score = scorePage(document);
    expect(score.mistakes.map((m) => `${m.where}: ${m.expected} / ${m.detected}`)).toEqual([]);
    expect(score.tp, "the nine fields of the final page (the patient tab was swapped out)").toBe(9);
    expect(handled.length).toBeGreaterThan(0);
    expect(handled.every((el) => el !== document.body && el !== document.documentElement)).toBe(true);
  });
});
