/**
 * Watches for sections a single-page HIS adds or swaps in, and hands over only the added
 * subtrees — never a rescan of the page. Batches mutations (a first mutation starts a timer;
 * later ones join the batch), then waits for an idle moment (requestIdleCallback, or a timeout
 * where there is none). Skips our own nodes, drops subtrees already inside another queued one
 * or detached since, and hands at most `maxPerBatch` subtrees per idle slot (the rest go to the
 * next), so a page that appends thousands of rows is served in bounded slices.
 */
import { OWN_NODE_ATTRIBUTE } from './field-kinds';

export interface ObserveOptions {
  /** Wait this long after the first mutation of a batch (default 120 ms). */
  readonly debounceMs?: number;
  /** Longest wait for an idle moment after the debounce (default 500 ms). */
  readonly idleTimeoutMs?: number;
  /** At most this many added subtrees per callback (default 400). */
  readonly maxPerBatch?: number;
  /** Stop for good after this many callbacks in this frame (default: never). */
  readonly maxBatches?: number;
  /** Called in the batch when elements were removed (a section closed), without the elements. */
  readonly onRemoved?: () => void;
}

/** Stops observing; `observe(root)` adds a root (an open shadow root found later). */
export interface ObserverHandle {
  (): void;
  observe(root: Node): void;
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function observeAddedSubtrees(
  root: Node,
  onAdded: (subtrees: Element[]) => void,
  options: ObserveOptions = {},
): ObserverHandle {
  const debounceMs = options.debounceMs ?? 120;
  const idleTimeoutMs = options.idleTimeoutMs ?? 500;
  const maxPerBatch = options.maxPerBatch ?? 400;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  const view = ((root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.defaultView ?? globalThis) as unknown as IdleWindow;
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let batches = 0;
  let stopped = false;
  let removed = false;

  const observer = new MutationObserver((records) => {
    try {
      // Whether a parent is (inside) one of our own nodes, asked once per parent: a grid adds
      // hundreds of rows to the same tbody.
      const ownParents = new Map<Node, boolean>();
      const isOwn = (el: Element): boolean => {
        if (el.hasAttribute(OWN_NODE_ATTRIBUTE)) return true;
        const parent = el.parentElement;
        if (!parent) return false;
        let own = ownParents.get(parent);
        if (own === undefined) ownParents.set(parent, (own = parent.closest(`[${OWN_NODE_ATTRIBUTE}]`) !== null));
        return own;
      };
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === 1 && !isOwn(node as Element)) pending.add(node as Element);
        }
        if (!removed && options.onRemoved) {
          for (const node of Array.from(record.removedNodes)) {
            if (node.nodeType === 1 && !(node as Element).hasAttribute(OWN_NODE_ATTRIBUTE)) removed = true;
          }
        }
      }
      if (pending.size || removed) schedule();
    } catch {
      // Never throw into the page.
    }
  });

  const schedule = (): void => {
    if (stopped || timer !== undefined || idle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof view.requestIdleCallback === 'function') idle = view.requestIdleCallback(flush, { timeout: idleTimeoutMs });
      else timer = setTimeout(flush, 0);
    }, debounceMs);
  };

  const flush = (): void => {
    idle = undefined;
    timer = undefined;
    if (stopped) return;
    const roots = outermost(pending);
    const now = roots.slice(0, maxPerBatch);
    pending = new Set(roots.slice(maxPerBatch));
    batches++;
    try {
      if (now.length) onAdded(now);
    } catch {
      // A failing consumer must not stop the observer, nor reach the page.
    }
    if (removed) {
      removed = false;
      try {
        options.onRemoved?.();
      } catch {
        // Same.
      }
    }
    if (batches >= maxBatches) stop();
    else if (pending.size) schedule();
  };

  const stop = (): void => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) view.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
    pending.clear();
  };

  const handle = stop as ObserverHandle;
  handle.observe = (target: Node) => {
    if (!stopped) observer.observe(target, { childList: true, subtree: true });
  };
  handle.observe(root);
  return handle;
}

/**
 * Connected subtrees not inside another one of the set, in the order they came. Whether a parent
 * is (inside) one of the set is asked once per parent: a grid adds hundreds of rows to one tbody.
 */
function outermost(nodes: Set<Element>): Element[] {
  const out: Element[] = [];
  const insideSet = new Map<Element, boolean>();
  const within = (el: Element | null): boolean => {
    const chain: Element[] = [];
    let found = false;
    for (let p = el; p; p = parentAcrossShadow(p)) {
      const known = insideSet.get(p);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (nodes.has(p)) {
        found = true;
        break;
      }
      chain.push(p);
    }
    for (const p of chain) insideSet.set(p, found);
    return found;
  };
  for (const node of nodes) {
    if (!node.isConnected) continue;
    if (!within(parentAcrossShadow(node))) out.push(node);
  }
  return out;
}

function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const p = node.parentNode;
  return p && p.nodeType === 11 && 'host' in p ? (p as ShadowRoot).host : null;
}


