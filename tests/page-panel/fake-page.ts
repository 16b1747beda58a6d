/** A fake HIS tab for the panel's page sections: frames with fields, answering like content scripts. */
import { vi } from 'vitest';
import type { PageApi } from '@/components/page-panel/connection';
import type { FrameFields, FramePush, PageValue } from '@/components/platform/page-messages';

export interface FakeFrame {
  readonly frameId: number;
  fields: FrameFields;
  values?: PageValue[];
  /** What "Fill payer" answers in this frame. */
  fill?: unknown;
}

export function fakePage(frames: FakeFrame[], options: { tabId?: number | null; refuse?: boolean } = {}) {
  let onFields: ((push: FramePush) => void) | undefined;
  let onTab: (() => void) | undefined;
  const tabId = options.tabId === undefined ? 7 : options.tabId;
  const frameOf = (frameId: number | undefined) => frames.find((f) => f.frameId === (frameId ?? 0)) ?? frames[0];
  const send = vi.fn(async (to: { tabId: number; frameId?: number }, type: string, data: Record<string, unknown>): Promise<unknown> => {
    if (options.refuse) throw new Error('Receiving end does not exist.');
    const frame = frameOf(to.frameId);
    switch (type) {
      case 'page:hello':
        // Every frame pushes its fields, as the content scripts do.
        setTimeout(() => frames.forEach((f) => onFields?.({ tabId: to.tabId, frameId: f.frameId, url: undefined, fields: f.fields })), 0);
        return { top: true };
      case 'page:focus':
        return { focused: !!frame?.fields.fields.some((f) => f.id === data.id) };
      case 'page:read':
        return { values: frame?.values ?? [] };
      case 'page:emphasise':
        return { count: frame?.fields.fields.filter((f) => (data.kinds as string[]).includes(f.kind)).length ?? 0 };
      case 'page:fill-payer':
        return frame?.fill ?? { ok: false, reason: 'no-field' };
      case 'page:highlight':
        return { on: data.on };
      default:
        throw new Error(type);
    }
  });
  const api: PageApi = {
    activeTabId: async () => tabId,
    send: send as unknown as PageApi['send'],
    listen: (cb) => {
      onFields = cb;
      return () => (onFields = undefined);
    },
    onTabChange: (cb) => {
      onTab = cb;
      return () => (onTab = undefined);
    },
  };
  return { api, send, push: (push: FramePush) => onFields?.(push), switchTab: () => onTab?.() };
}

export const frame = (frameId: number, fields: FrameFields['fields'], extra: Partial<FrameFields> = {}): FrameFields => ({
  fields,
  total: fields.length,
  title: frameId === 0 ? 'Admission' : `Cadre ${frameId}`,
  top: frameId === 0,
  highlight: true,
  ...extra,
});
