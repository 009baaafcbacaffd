// A plain-data copy of an already-parsed value, validated and returned in its place, so that what was
// validated is what the caller gets: inherited properties (Object.create(validEvent)) are not seen,
// a getter is read once and cannot answer differently later, and later changes to the input do not
// reach the result. Own enumerable string keys only, like JSON.stringify. Iterative, so 10,000-deep
// nesting does not overflow the stack; a cycle is refused (it is not JSON).

export class CyclicValueError extends Error {
  constructor(readonly path: string) {
    super('the value contains a cycle, so it is not JSON data');
  }
}

import { escapePointerToken } from './json-pointer.js';

type Container = Record<string, unknown> | unknown[];

/** Sets `key` on `target` as an own data property, even for "__proto__". */
function put(target: Container, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

export function snapshot(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const root: Container = Array.isArray(value) ? [] : {};
  // Each frame copies one source object into its copy; `onPath` holds the objects being copied, to find cycles.
  const stack: { source: object; target: Container; keys: string[]; index: number; path: string }[] = [];
  const onPath = new Set<object>();
  const open = (source: object, target: Container, path: string): void => {
    if (onPath.has(source)) throw new CyclicValueError(path);
    onPath.add(source);
    stack.push({ source, target, keys: Array.isArray(source) ? [] : Object.keys(source), index: 0, path });
  };
  open(value, root, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const isArray = Array.isArray(frame.source);
    const length = isArray ? (frame.source as unknown[]).length : frame.keys.length;
    if (frame.index === length) {
      onPath.delete(frame.source);
      stack.pop();
      continue;
    }
    const key = isArray ? frame.index : frame.keys[frame.index]!;
    frame.index++;
    const child = (frame.source as Record<string | number, unknown>)[key];
    if (typeof child === 'object' && child !== null) {
      const copy: Container = Array.isArray(child) ? [] : {};
      put(frame.target, key, copy);
      open(child, copy, `${frame.path}/${escapePointerToken(key)}`);
    } else {
      put(frame.target, key, child);
    }
  }
  return root;
}
