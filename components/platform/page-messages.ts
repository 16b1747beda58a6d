/**
 * The protocol between the side panel (or any extension page) and the content script of the
 * HIS page. Its own channel, beside the extension-wide `messages.ts`:
 *
 * - panel → page, `tabs.sendMessage` to the tab's frames: `page:hello` (send me your fields,
 *   and keep me posted), `page:focus`, `page:read`, `page:emphasise`, `page:fill-payer`,
 *   `page:highlight`. Each is validated by the panel before it is sent and by the content
 *   script before it acts; the reply is validated by the panel.
 * - page → panel, `runtime.sendMessage` (our extension only, never the page): `page:fields`,
 *   the recognised fields of one frame after a change, once a panel said hello. Validated on
 *   receipt; the sender's tab and frame ids come from the browser, not from the message.
 *
 * Values leave the page only in the reply to `page:read`, sent on the clerk's click.
 * Schemas use `zod/mini`: the content script bundles this file.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { FIELD_KINDS } from '@/components/page/field-kinds';
import { READABLE_KINDS } from '@/components/page/read-raw';
import { PAYER_IDS } from '@/rules/schema/facts';

export const PAGE_CHANNEL = 'payer-check:page';

/** The most fields one frame lists; a 1,000-row grid says how many more there are. */
export const MAX_LISTED_FIELDS = 300;

/**
 * What the content script receives (the panel's requests, the acknowledgement of a push), built
 * on first use: a content script runs in every frame of every HIS page, and most never hear from
 * a panel — building zod schemas costs milliseconds each time. Kept apart from the replies'
 * schemas, which only the panel uses: the content script bundles only these (zod/mini brings in
 * the code of each kind of schema used, and unions, numbers and records cost kilobytes).
 */
function buildIncoming() {
  const Kind = z.enum(FIELD_KINDS);
  const Id = z.string().check(z.minLength(1), z.maxLength(40));
  const requests = {
    /** Subscribe: every frame then pushes its fields (`page:fields`); the reply only says one is there. */
    'page:hello': z.object({}),
    'page:focus': z.object({ id: Id }),
    'page:read': z.object({}),
    'page:emphasise': z.object({ kinds: z.array(Kind).check(z.maxLength(FIELD_KINDS.length)) }),
    'page:fill-payer': z.object({ payer: z.enum(PAYER_IDS) }),
    'page:highlight': z.object({ on: z.boolean() }),
  };
  const types = Object.keys(requests) as [keyof typeof requests, ...(keyof typeof requests)[]];
  return {
    Kind,
    Id,
    requests,
    RequestEnvelope: z.object({ channel: z.literal(PAGE_CHANNEL), type: z.enum(types), data: z.unknown() }),
    Ack: z.object({ ok: z.literal(true) }),
  };
}

let incoming: ReturnType<typeof buildIncoming> | undefined;
const incomingSchemas = (): ReturnType<typeof buildIncoming> => (incoming ??= buildIncoming());

/** The whole protocol, for the panel: the requests as above, each with its reply, and the push. */
function buildSchemas() {
  const { Kind, Id, requests: asked, RequestEnvelope, Ack } = incomingSchemas();
  const PageField = z.object({ id: Id, kind: Kind, label: z.string().check(z.maxLength(200)) });
  const PageValue = z.object({
    id: Id,
    kind: z.enum(READABLE_KINDS),
    text: z.string().check(z.maxLength(500)),
    value: z.optional(z.string().check(z.maxLength(500))),
  });
  /** What one frame has: its fields (at most MAX_LISTED_FIELDS), how many in all, and its title. */
  const FrameFields = z.object({
    fields: z.array(PageField).check(z.maxLength(MAX_LISTED_FIELDS)),
    total: z.number().check(z.int(), z.nonnegative()),
    /** The frame's title (its document's, or its <iframe title>); '' for none. */
    title: z.string().check(z.maxLength(200)),
    top: z.boolean(),
    highlight: z.boolean(),
  });
  const FillReply = z.union([
    z.object({ ok: z.literal(true), option: z.string(), value: z.string(), changed: z.boolean(), id: z.optional(Id) }),
    z.object({ ok: z.literal(false), reason: z.enum(['unknown-payer', 'disabled', 'no-match', 'no-field']) }),
  ]);
  /** Requests the panel sends to the page, with the content script's reply. */
  const requests = {
    'page:hello': { request: asked['page:hello'], response: z.object({ top: z.boolean() }) },
    'page:focus': { request: asked['page:focus'], response: z.object({ focused: z.boolean() }) },
    'page:read': { request: asked['page:read'], response: z.object({ values: z.array(PageValue).check(z.maxLength(200)) }) },
    'page:emphasise': { request: asked['page:emphasise'], response: z.object({ count: z.number() }) },
    'page:fill-payer': { request: asked['page:fill-payer'], response: FillReply },
    'page:highlight': { request: asked['page:highlight'], response: z.object({ on: z.boolean() }) },
  } satisfies Record<string, { request: z.core.$ZodType; response: z.core.$ZodType }>;
  return {
    PageField,
    PageValue,
    FrameFields,
    FillReply,
    requests,
    RequestEnvelope,
    Reply: z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]),
    PushEnvelope: z.object({ channel: z.literal(PAGE_CHANNEL), type: z.literal('page:fields'), data: FrameFields }),
    Ack,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
/** The protocol's schemas (built once, on first use). */
export function pageSchemas(): Schemas {
  return (built ??= buildSchemas());
}

export type PageField = z.infer<Schemas['PageField']>;
export type PageValue = z.infer<Schemas['PageValue']>;
export type FrameFields = z.infer<Schemas['FrameFields']>;
export type FillReply = z.infer<Schemas['FillReply']>;
export type PageRequests = Schemas['requests'];
export type PageRequestType = keyof PageRequests;
export type PageRequestOf<T extends PageRequestType> = z.output<PageRequests[T]['request']>;
export type PageResponseOf<T extends PageRequestType> = z.output<PageRequests[T]['response']>;

function describe(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export class PageMessageError extends Error {
  override name = 'PageMessageError';
}

// ——— In the content script ———

export type PageHandlers = { [T in PageRequestType]: (data: PageRequestOf<T>) => PageResponseOf<T> | Promise<PageResponseOf<T>> };

/**
 * Answers the panel's requests with `handlers`. Accepts only messages of our own extension on
 * our channel whose data passes the request schema; replies `{ ok: false }` otherwise, never
 * throws. The reply is validated where it is received (`sendToPage`). Returns the function that
 * removes the listener.
 */
export function listenToPanel(handlers: PageHandlers): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Cheap checks first: most messages a content script sees are not ours.
    if (!raw || typeof raw !== 'object' || (raw as { channel?: unknown }).channel !== PAGE_CHANNEL) return undefined;
    const schemas = incomingSchemas();
    const envelope = z.safeParse(schemas.RequestEnvelope, raw);
    if (!envelope.success) return undefined;
    const type = envelope.data.type;
    const checked = z.safeParse(schemas.requests[type], envelope.data.data);
    if (!checked.success) {
      sendResponse({ ok: false, error: `Invalid "${type}" request: ${describe(checked.error)}` });
      return undefined;
    }
    Promise.resolve()
      .then(() => (handlers[type] as (data: unknown) => unknown)(checked.data))
      .then((result) => sendResponse({ ok: true, data: result }))
      .catch((error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    // Chrome keeps the channel open for an asynchronous sendResponse only when the listener returns true.
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/**
 * Tells the extension's open pages about this frame's fields (validated where they are received,
 * `listenToPages`). Resolves true when a panel acknowledged it, false when nobody listens (the
 * panel was closed): then stop pushing.
 */
export async function pushFields(data: FrameFields): Promise<boolean> {
  try {
    const reply = await browser.runtime.sendMessage({ channel: PAGE_CHANNEL, type: 'page:fields', data });
    return z.safeParse(incomingSchemas().Ack, reply).success;
  } catch {
    return false;
  }
}

// ——— In the side panel (or any extension page) ———

export interface FrameAddress {
  readonly tabId: number;
  /** Omit to reach every frame of the tab (only the first reply comes back). */
  readonly frameId?: number;
}

/** Sends `type` to the content script of a tab (or one of its frames) and returns its validated reply. */
export async function sendToPage<T extends PageRequestType>(to: FrameAddress, type: T, data: z.input<PageRequests[T]['request']>): Promise<PageResponseOf<T>> {
  const schemas = pageSchemas();
  const { request, response } = schemas.requests[type];
  const checked = z.safeParse(request, data);
  if (!checked.success) throw new PageMessageError(`Invalid "${type}" request: ${describe(checked.error)}`);
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(to.tabId, { channel: PAGE_CHANNEL, type, data: checked.data }, to.frameId === undefined ? undefined : { frameId: to.frameId });
  } catch (error) {
    throw new PageMessageError(`The page did not answer "${type}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const reply = z.safeParse(schemas.Reply, raw);
  if (!reply.success) throw new PageMessageError(`The page did not answer "${type}"`);
  if (!reply.data.ok) throw new PageMessageError(reply.data.error);
  const answer = z.safeParse(response, reply.data.data);
  if (!answer.success) throw new PageMessageError(`Invalid "${type}" reply: ${describe(answer.error)}`);
  return answer.data as PageResponseOf<T>;
}

export interface FramePush {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string | undefined;
  readonly fields: FrameFields;
}

/**
 * Calls `onFields` with each frame's fields pushed by a content script of this extension
 * (validated; the tab and frame ids come from the browser). Returns the function that stops.
 */
export function listenToPages(onFields: (push: FramePush) => void): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    if (!raw || typeof raw !== 'object' || (raw as { channel?: unknown }).channel !== PAGE_CHANNEL) return undefined;
    const push = z.safeParse(pageSchemas().PushEnvelope, raw);
    if (!push.success) return undefined;
    sendResponse({ ok: true });
    try {
      onFields({ tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url, fields: push.data.data });
    } catch {
      // A consumer's error stays here.
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** The tab the clerk is looking at in this window, or null (no tab, or no access to it). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Calls `onChange` when the clerk switches tab in this window or the tab loads a new page. */
export function onActiveTabChange(onChange: () => void): () => void {
  const activated = (): void => onChange();
  const updated = (_tabId: number, info: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void => {
    if (tab.active && info.status === 'complete') onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
