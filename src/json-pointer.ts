// RFC 6901 JSON Pointers, as issues report paths.

export const escapePointerToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** The value at `pointer` inside `data` (own properties only), or undefined. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
