import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  CHANNEL,
  Envelope,
  Reply,
  protocol,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type ValidRequestOf,
} from './messages';

/** A message could not be delivered, or its request or response broke the protocol. */
export class MessageError extends Error {
  override name = 'MessageError';
}

function describe(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Sends message `type` to the other parts of the extension (the background, open
 * extension pages) and returns the validated response. Rejects with a `MessageError` when
 * the request is invalid, nobody answers, or the answer breaks the protocol.
 */
export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const { request, response } = protocol[type];
  const checked = z.safeParse(request, data);
  if (!checked.success) throw new MessageError(`Invalid "${type}" request: ${describe(checked.error)}`);

  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ channel: CHANNEL, type, data: checked.data });
  } catch (error) {
    throw new MessageError(`Nobody answered "${type}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const reply = z.safeParse(Reply, raw);
  if (!reply.success) throw new MessageError(`Nobody answered "${type}"`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const answer = z.safeParse(response, reply.data.data);
  if (!answer.success) throw new MessageError(`Invalid "${type}" response: ${describe(answer.error)}`);
  return answer.data as ResponseOf<T>;
}

export type MessageHandler<T extends MessageType> = (
  data: ValidRequestOf<T>,
  sender: Browser.runtime.MessageSender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;

/**
 * Answers message `type` with `handler`. Invalid requests get an error reply without
 * reaching the handler; messages of other types or from outside the protocol are left to
 * other listeners. Returns a function that removes the listener.
 */
export function onMessage<T extends MessageType>(type: T, handler: MessageHandler<T>): () => void {
  const { request, response } = protocol[type];
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    const envelope = z.safeParse(Envelope, raw);
    if (!envelope.success || envelope.data.type !== type) return undefined;
    const checked = z.safeParse(request, envelope.data.data);
    if (!checked.success) {
      return Promise.resolve({ ok: false, error: `Invalid "${type}" request: ${describe(checked.error)}` });
    }
    return Promise.resolve()
      .then(() => handler(checked.data as ValidRequestOf<T>, sender))
      .then((result): Reply => {
        const answer = z.safeParse(response, result);
        return answer.success
          ? { ok: true, data: answer.data }
          : { ok: false, error: `Invalid "${type}" response: ${describe(answer.error)}` };
      })
      .catch((error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
