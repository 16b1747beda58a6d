import * as z from 'zod/mini';
import { DOCUMENT_IDS, type DocumentId } from '@/rules/index';
import { defineValidatedItem } from './storage';

/**
 * "Check a patient" in the popup opens the side panel with a document already chosen. The
 * popup cannot message a panel that is not open yet, so it leaves the document's id in
 * `storage.session` (memory only, never written to disk, gone when the browser closes;
 * Chrome MV3 and Firefox 115+), and the panel takes it — reading it at start-up, or
 * watching it when already open — and removes it at once.
 *
 * Only a document TYPE travels (e.g. "card-k"): nothing about a patient.
 */
const Handoff = z.nullable(
  z.object({
    document: z.enum(DOCUMENT_IDS),
    /** When the popup asked; a stale request (over a minute old) is ignored. */
    at: z.number(),
  }),
);
type Handoff = z.infer<typeof Handoff>;

const STALE_MS = 60_000;
const item = defineValidatedItem<Handoff>('session:handoff', { schema: Handoff, fallback: null, version: 1 });

/** Popup side: asks the panel to start with `document`. */
export function handOffDocument(document: DocumentId, now = Date.now()): Promise<void> {
  return item.set({ document, at: now });
}

function fresh(value: Handoff, now: number): DocumentId | null {
  return value && now - value.at < STALE_MS ? value.document : null;
}

/**
 * Panel side: calls `onDocument` with the document the popup handed over, now (if one is
 * waiting) and whenever the popup hands over another; each hand-over is delivered once.
 */
export function receiveHandedOffDocuments(onDocument: (document: DocumentId) => void): () => void {
  const take = (value: Handoff) => {
    const document = fresh(value, Date.now());
    if (value) void item.set(null).catch(() => undefined);
    if (document) onDocument(document);
  };
  const unwatch = item.watch(take);
  item.get().then(take, () => undefined);
  return unwatch;
}
