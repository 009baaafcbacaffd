// The three forms a delivery arrives in: the raw body as a string, the raw body as bytes (Buffer,
// Uint8Array, ArrayBuffer), or a value already parsed (a WebSocket message, a framework's req.body).
// Text is parsed here, so the result is fresh; a parsed value is copied (see snapshot.ts). Whatever the
// input, the only exception is a WebhookEventError.
import { WebhookEventError } from '../errors/webhook-event-error.js';
import { describeThrown, type NotJsonDataError, snapshot } from '../kernel/index.js';

let decoder: TextDecoder | undefined;

function decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true }); // fatal: invalid UTF-8 is refused, not replaced
  try {
    return decoder.decode(bytes); // also drops a leading byte order mark
  } catch {
    throw new WebhookEventError('invalid_json', [
      { path: '', keyword: 'json', message: 'the body is not valid UTF-8' },
    ]);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = describeThrown(error).replace(/^SyntaxError: /, '');
    throw new WebhookEventError('invalid_json', [
      { path: '', keyword: 'json', message: text.trim() === '' ? 'the body is empty' : reason },
    ]);
  }
}

/**
 * True for a plain object or array (its prototype is Object.prototype, Array.prototype or null), which
 * JSON values and framework bodies are: answered without the brand check below, which throws (an
 * exception per call, 10 µs here) for every object that is not an ArrayBuffer. An ArrayBuffer whose
 * prototype was set to one of these is read as a value, and refused as an event with no fields.
 */
function isPlainContainer(value: object): boolean {
  try {
    const prototype = Object.getPrototypeOf(value); // a Proxy's trap may throw: then the brand check decides
    return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
  } catch {
    return false;
  }
}

// The byteLength getter checks that its receiver really is an ArrayBuffer (from any realm: a VM context,
// a worker), where a tag test could be fooled by Symbol.toStringTag, or throw in a hostile getter.
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get!;

export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  if (typeof value !== 'object' || value === null || isPlainContainer(value)) return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

/** True for what readInput takes as a raw body: a string, bytes in a view, or an ArrayBuffer. Never throws. */
export function isRawBody(value: unknown): value is string | ArrayBufferView | ArrayBuffer {
  return typeof value === 'string' || ArrayBuffer.isView(value) || isArrayBuffer(value);
}

/** The bytes of a view or an ArrayBuffer; a detached buffer cannot be read, and is said to be. */
function bytesOf(input: ArrayBufferView | ArrayBuffer): Uint8Array {
  try {
    return ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
  } catch (error) {
    const message = `the bytes cannot be read (${describeThrown(error)}), so they are not JSON data`;
    throw new WebhookEventError('invalid_envelope', [{ path: '', keyword: 'type', message }]);
  }
}

/** The input as a fresh JSON value. Throws WebhookEventError (invalid_json or invalid_envelope), nothing else. */
export function readInput(input: unknown): unknown {
  if (typeof input === 'string') return parseJson(input);
  if (isRawBody(input)) return parseJson(decode(bytesOf(input as ArrayBufferView | ArrayBuffer)));
  try {
    return snapshot(input);
  } catch (error) {
    // snapshot throws NotJsonDataError only: a cycle, a hole, a getter or a Proxy that threw.
    const { path, message } = error as NotJsonDataError;
    throw new WebhookEventError('invalid_envelope', [{ path, keyword: 'type', message }]);
  }
}
