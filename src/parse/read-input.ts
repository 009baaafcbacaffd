// The three forms a delivery arrives in: the raw body as a string, the raw body as bytes (Buffer,
// Uint8Array, ArrayBuffer), or a value already parsed (a WebSocket message, a framework's req.body).
// Text is parsed here, so the result is fresh; a parsed value is copied (see snapshot.ts).
import { WebhookEventError } from '../errors/webhook-event-error.js';
import { CyclicValueError, snapshot } from '../kernel/snapshot.js';

let decoder: TextDecoder | undefined;

function decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true }); // fatal: invalid UTF-8 is refused, not replaced
  try {
    return decoder.decode(bytes); // also drops a leading byte order mark
  } catch {
    throw new WebhookEventError('invalid_json', [{ path: '', keyword: 'json', message: 'the body is not valid UTF-8' }]);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = text.trim() === '' ? 'the body is empty' : reason.length > 200 ? `${reason.slice(0, 200)}...` : reason;
    throw new WebhookEventError('invalid_json', [{ path: '', keyword: 'json', message }]);
  }
}

/** The input as a fresh JSON value. Throws WebhookEventError (invalid_json or invalid_envelope). */
export function readInput(input: unknown): unknown {
  if (typeof input === 'string') return parseJson(input);
  // isView and the tag test, not instanceof: bytes from another realm (a VM context, a worker) count too.
  if (ArrayBuffer.isView(input)) return parseJson(decode(new Uint8Array(input.buffer, input.byteOffset, input.byteLength)));
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') return parseJson(decode(new Uint8Array(input as ArrayBuffer)));
  try {
    return snapshot(input);
  } catch (error) {
    // A cycle, or a getter or proxy that threw while being read: either way, not JSON data.
    const path = error instanceof CyclicValueError ? error.path : '';
    const message = error instanceof CyclicValueError ? error.message : `reading the value threw: ${String(error)}`;
    throw new WebhookEventError('invalid_envelope', [{ path, keyword: 'type', message }]);
  }
}
