// A plain-data copy of an already-parsed value, validated and returned in its place, so that what was
// validated is what the caller gets: inherited properties (Object.create(validEvent)) are not seen,
// a getter is read once and cannot answer differently later, and later changes to the input do not
// reach the result. Own enumerable string keys only, like JSON.stringify. Iterative, so 10,000-deep
// nesting does not overflow the stack.
// Its cost follows what the value holds, never what it claims: an array is read element by element and
// refused at its first hole, so an empty array whose length is 2**32 - 1 costs one step, not four billion.
// What JSON cannot produce is refused with where and why: a cycle, a hole, bytes nested in the value, and
// anything that throws while being read (a getter, a Proxy trap, a revoked Proxy).
import { describeThrown } from './describe-value.js';
import { escapePointerToken } from './json-pointer.js';

/** The value cannot be read as JSON data; `path` (a JSON Pointer) says where, the message why. */
export class NotJsonDataError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Container = Record<string, unknown> | unknown[];
// A frame's `key` is where its object sits in its parent: paths are built from the stack only for an error,
// since building one per field cost more than the copy itself (profiled).
type Frame = {
  source: object;
  target: Container;
  isArray: boolean;
  keys: string[];
  index: number;
  key: string | number;
};

/** Sets `key` on `target` as an own data property, even for "__proto__". */
function put(target: Container, key: string | number, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** Why a container cannot be copied as JSON data, or undefined when it can. */
function refusal(source: object, isArray: boolean, index: number): string | undefined {
  if (isArray && !Object.hasOwn(source, index)) {
    const { length } = source as unknown[];
    return `the array has a hole at index ${index} (its length is ${length}), so it is not JSON data`;
  }
  return undefined;
}

/** The JSON Pointer of the frames' objects on `stack` (the root's frame first), then `key` when given. */
function pointerOf(stack: readonly Frame[], key?: string | number): string {
  let path = '';
  for (let i = 1; i < stack.length; i++) path += `/${escapePointerToken(stack[i]!.key)}`;
  return key === undefined ? path : `${path}/${escapePointerToken(key)}`;
}

/** The copy, or the refusal that says where and why it cannot be made. Never throws. */
function copy(value: object): unknown {
  // Each frame copies one source object into its copy; `onPath` holds the objects being copied, to find cycles.
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  /** The copy to fill, or the refusal of `source`: the root (no key), or under `key` in the top frame's object. */
  const open = (source: object, key?: string | number): Container | NotJsonDataError => {
    if (onPath.has(source))
      return new NotJsonDataError(pointerOf(stack, key), 'the value contains a cycle, so it is not JSON data');
    if (ArrayBuffer.isView(source))
      return new NotJsonDataError(
        pointerOf(stack, key),
        'bytes (a typed array or DataView) inside a value are not JSON data',
      );
    const isArray = Array.isArray(source);
    const target: Container = isArray ? [] : {};
    onPath.add(source);
    stack.push({ source, target, isArray, keys: isArray ? [] : Object.keys(source), index: 0, key: key ?? '' });
    return target;
  };
  // The key being read, for the path of what a getter or a Proxy trap throws.
  let reading: string | number | undefined;
  try {
    const root = open(value);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const length = frame.isArray ? (frame.source as unknown[]).length : frame.keys.length;
      if (frame.index >= length) {
        onPath.delete(frame.source);
        stack.pop();
        continue;
      }
      const key = frame.isArray ? frame.index : frame.keys[frame.index]!;
      reading = key;
      const refused = refusal(frame.source, frame.isArray, frame.index);
      if (refused !== undefined) return new NotJsonDataError(pointerOf(stack), refused);
      frame.index++;
      const child = (frame.source as Record<string | number, unknown>)[key];
      const copied = typeof child === 'object' && child !== null ? open(child, key) : child;
      if (copied instanceof NotJsonDataError) return copied;
      put(frame.target, key, copied);
      reading = undefined;
    }
    return root;
  } catch (error) {
    // Only foreign code throws here: a getter, a Proxy trap, a revoked Proxy.
    return new NotJsonDataError(
      pointerOf(stack, reading),
      `reading the value threw ${describeThrown(error)}, so it is not JSON data`,
    );
  }
}

/** A plain-data copy of `value`; throws NotJsonDataError (and nothing else) when it is not JSON data. */
export function snapshot(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copied = copy(value);
  if (copied instanceof NotJsonDataError) throw copied;
  return copied;
}
