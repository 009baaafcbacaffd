// RFC 6901 JSON Pointers, as Zoom's documents and our errata use them.

import { unescapePointerToken } from '../src/kernel/json-pointer.ts';

export { escapePointerToken, unescapePointerToken } from '../src/kernel/json-pointer.ts';

/** Splits "/a/b~1c" into ["a", "b/c"]. Throws on a pointer that does not start with "/". */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The value at `pointer` in `root`, or undefined where the path does not exist. */
export function getAtPointer(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
