/**
 * The side panel's link to the HIS page in the active tab: says hello to the tab's content
 * scripts (every frame then pushes its recognised fields), follows the clerk from tab to tab
 * and page to page, and sends the clerk's requests (focus, read, emphasise, fill payer) to the
 * right frame. One per panel; the page sections (PageFields, ReadFromPage, EmphasiseAndFill)
 * share it. Holds field names and kinds only; values pass through `read()` to the caller.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { FieldKind } from '@/components/page/field-kinds';
import type { PayerId } from '@/rules/schema/facts';
import {
  activeTabId,
  listenToPages,
  onActiveTabChange,
  sendToPage,
  type FillReply,
  type FrameAddress,
  type FramePush,
  type PageField,
  type PageRequestType,
  type PageRequests,
  type PageResponseOf,
  type PageValue,
} from '@/components/platform/page-messages';
import type * as z from 'zod/mini';

/** The browser side, replaceable in tests. */
export interface PageApi {
  activeTabId(): Promise<number | null>;
  send<T extends PageRequestType>(to: FrameAddress, type: T, data: z.input<PageRequests[T]['request']>): Promise<PageResponseOf<T>>;
  listen(onFields: (push: FramePush) => void): () => void;
  onTabChange(onChange: () => void): () => void;
}

export const browserPageApi: PageApi = { activeTabId, send: sendToPage, listen: listenToPages, onTabChange: onActiveTabChange };

export interface FrameState {
  readonly frameId: number;
  readonly title: string;
  readonly top: boolean;
  readonly fields: readonly PageField[];
  /** All the frame's fields; `fields` lists at most 300. */
  readonly total: number;
  readonly highlight: boolean;
}

/** idle: not asked yet; loading: hello sent; ready: the page answered; unavailable: no content script there. */
export type PageStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

export interface PageState {
  readonly status: PageStatus;
  readonly tabId: number | null;
  /** The top frame first, then the others in the order the browser numbers them. */
  readonly frames: readonly FrameState[];
}

export interface FrameValue extends PageValue {
  readonly frameId: number;
}

export type FillOutcome = FillReply | { readonly ok: false; readonly reason: 'no-page' };

export interface PageConnection {
  readonly state: ReadonlySignal<PageState>;
  /** Say hello again (the panel opens, the clerk clicks "Refresh"). */
  refresh(): Promise<void>;
  focus(frameId: number, fieldId: string): Promise<boolean>;
  /** The values of the readable fields of every frame (on the clerk's click only). */
  read(): Promise<FrameValue[]>;
  /** Emphasise these kinds in every frame, now and in frames that report later; returns how many fields. */
  emphasise(kinds: readonly FieldKind[]): Promise<number>;
  /** Select the payer in the first recognised payer list that has an option for it (the clerk's click). */
  fillPayer(payer: PayerId): Promise<FillOutcome>;
  setHighlight(on: boolean): Promise<void>;
  dispose(): void;
}

/** How long to wait for the frames' pushes after hello before saying "no field". */
const QUIET_MS = 1_500;

export function createPageConnection(api: PageApi = browserPageApi): PageConnection {
  const state = signal<PageState>({ status: 'idle', tabId: null, frames: [] });
  let frames = new Map<number, FrameState>();
  let emphasised: readonly FieldKind[] = [];
  let generation = 0;
  let disposed = false;

  const publish = (status: PageStatus = 'ready'): void => {
    const list = [...frames.values()].sort((a, b) => (a.top === b.top ? a.frameId - b.frameId : a.top ? -1 : 1));
    state.value = { status, tabId: state.value.tabId, frames: list };
  };

  const stopListening = api.listen((push) => {
    if (disposed || push.tabId !== state.value.tabId) return;
    const known = frames.has(push.frameId);
    frames.set(push.frameId, { frameId: push.frameId, ...push.fields });
    publish();
    if (!known && emphasised.length) {
      api.send({ tabId: push.tabId, frameId: push.frameId }, 'page:emphasise', { kinds: [...emphasised] }).catch(() => undefined);
    }
  });

  const connect = async (): Promise<void> => {
    const run = ++generation;
    const tabId = await api.activeTabId().catch(() => null);
    if (disposed || run !== generation) return;
    frames = new Map();
    state.value = { status: tabId === null ? 'unavailable' : 'loading', tabId, frames: [] };
    if (tabId === null) return;
    try {
      await api.send({ tabId }, 'page:hello', {});
    } catch {
      if (run === generation) state.value = { status: 'unavailable', tabId, frames: [] };
      return;
    }
    setTimeout(() => {
      if (!disposed && run === generation && state.value.status === 'loading') publish('ready');
    }, QUIET_MS);
  };

  const stopTabs = api.onTabChange(() => void connect());

  /** Every frame that reported, or the whole tab (its first answer) when none did yet. */
  const targets = (): FrameAddress[] => {
    const tabId = state.value.tabId;
    if (tabId === null) return [];
    return frames.size ? [...frames.keys()].map((frameId) => ({ tabId, frameId })) : [{ tabId }];
  };

  return {
    state,
    refresh: connect,
    async focus(frameId, fieldId) {
      const tabId = state.value.tabId;
      if (tabId === null) return false;
      try {
        return (await api.send({ tabId, frameId }, 'page:focus', { id: fieldId })).focused;
      } catch {
        return false;
      }
    },
    async read() {
      const out: FrameValue[] = [];
      for (const to of targets()) {
        try {
          const { values } = await api.send(to, 'page:read', {});
          for (const value of values) out.push({ ...value, frameId: to.frameId ?? 0 });
        } catch {
          // A frame that went away has nothing to say.
        }
      }
      return out;
    },
    async emphasise(kinds) {
      emphasised = [...kinds];
      let count = 0;
      for (const to of targets()) {
        try {
          count += (await api.send(to, 'page:emphasise', { kinds: [...kinds] })).count;
        } catch {
          // Same.
        }
      }
      return count;
    },
    async fillPayer(payer) {
      const list = targets();
      if (!list.length) return { ok: false, reason: 'no-page' };
      // Frames with a recognised payer field first.
      const withPayer = (to: FrameAddress) => (to.frameId === undefined ? false : !!frames.get(to.frameId)?.fields.some((f) => f.kind === 'payer'));
      list.sort((a, b) => Number(withPayer(b)) - Number(withPayer(a)));
      const rank = { 'no-field': 0, 'no-match': 1, disabled: 2, 'unknown-payer': 3 } as const;
      let best: Extract<FillReply, { ok: false }> = { ok: false, reason: 'no-field' };
      for (const to of list) {
        try {
          const result = await api.send(to, 'page:fill-payer', { payer });
          if (result.ok) return result;
          if (rank[result.reason] > rank[best.reason]) best = result;
        } catch {
          // Same.
        }
      }
      return best;
    },
    async setHighlight(on) {
      await Promise.all(targets().map((to) => api.send(to, 'page:highlight', { on }).catch(() => undefined)));
    },
    dispose() {
      disposed = true;
      stopListening();
      stopTabs();
    },
  };
}
