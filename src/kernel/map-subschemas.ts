import { SUBSCHEMA_KEYWORDS } from './schema-keywords.js';

type Node = { readonly [keyword: string]: unknown };
type SubschemaKeyword = (typeof SUBSCHEMA_KEYWORDS)[keyof typeof SUBSCHEMA_KEYWORDS][number];

/**
 * The one walk over a schema's direct subschemas (those SUBSCHEMA_KEYWORDS names): `target` (a copy of
 * `node` unless given, which may be `node` itself to link in place) with each subschema replaced by
 * `map(subschema, keyword)`. Subschemas are passed as they are (objects, booleans, or whatever stands
 * for them); a "__proto__" entry of a map is left out, as ajv never reads one and JSON.parse would make
 * it a real one.
 */
export function mapSubschemas(
  node: Node,
  map: (subschema: unknown, keyword: SubschemaKeyword) => unknown,
  target: Record<string, unknown> = { ...node },
): Record<string, unknown> {
  for (const keyword of SUBSCHEMA_KEYWORDS.single)
    if (node[keyword] !== undefined) target[keyword] = map(node[keyword], keyword);
  for (const keyword of SUBSCHEMA_KEYWORDS.list) {
    if (Array.isArray(node[keyword]))
      target[keyword] = (node[keyword] as unknown[]).map((subschema) => map(subschema, keyword));
  }
  for (const keyword of SUBSCHEMA_KEYWORDS.map) {
    const children = node[keyword];
    if (typeof children !== 'object' || children === null) continue;
    target[keyword] = Object.fromEntries(
      Object.entries(children)
        .filter(([name]) => name !== '__proto__')
        .map(([name, subschema]) => [name, map(subschema, keyword)]),
    );
  }
  return target;
}
