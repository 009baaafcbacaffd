// Standard Schema paths are lists of keys, where our issues carry JSON Pointers. An array index becomes
// a number, as other Standard Schema libraries report it; telling an index from an object key named "0"
// needs the data, so the pointer is walked through it.

import { unescapePointerToken } from '../kernel/index.js';

/** The keys of `pointer` inside `data`; undefined for the root (Standard Schema's "no path"). */
export function pointerToPath(pointer: string, data: unknown): PropertyKey[] | undefined {
  if (pointer === '') return undefined;
  const path: PropertyKey[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointerToken(raw);
    let isIndex = false;
    try {
      isIndex = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token);
      node =
        typeof node === 'object' && node !== null && Object.hasOwn(node, token)
          ? (node as Record<string, unknown>)[token]
          : undefined;
    } catch {
      node = undefined; // a throwing getter, a revoked Proxy: the rest of the path is read as object keys
    }
    path.push(isIndex ? Number(token) : token);
  }
  return path;
}
