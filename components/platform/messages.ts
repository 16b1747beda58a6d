import * as z from 'zod/mini';

/**
 * Every message the parts of the extension send each other, with the schema of its
 * request and of its response. This table is the protocol: `sendMessage` and `onMessage`
 * (./messaging.ts) accept nothing else and validate both directions.
 *
 * Schemas use `zod/mini` so that the content script, which imports this file, stays small.
 * To add a message: add an entry here, answer it with `onMessage` in the background (or
 * wherever it is handled), send it with `sendMessage`.
 */
export const protocol = {
  /** Is the background alive? Answers with the extension's version. */
  ping: {
    request: z.object({}),
    response: z.object({ version: z.string() }),
  },
} satisfies Record<string, { request: z.core.$ZodType; response: z.core.$ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
/** What a sender passes for message `T` (before validation). */
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
/** What a handler receives for message `T` (after validation). */
export type ValidRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
/** What a handler returns and a sender receives for message `T`. */
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

/** Marks our messages so that we ignore anybody else's (other extensions cannot reach us, but pages' postMessage-style payloads can look alike). */
export const CHANNEL = 'payer-check';

/** What travels through `runtime.sendMessage`. */
export const Envelope = z.object({
  channel: z.literal(CHANNEL),
  type: z.string(),
  data: z.unknown(),
});

/** What comes back: the validated response, or why there is none. */
export const Reply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.output<typeof Reply>;
