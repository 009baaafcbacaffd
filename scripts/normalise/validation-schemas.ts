// The schemas the validators are compiled from, derived from an event's published schema:
// - annotations (descriptions, titles, examples) are dropped, so no prose ends up in validator code;
// - `check`: the default policy, which the check pass judges. Objects accept fields the document does not list (Zoom adds fields
//   without notice), so `additionalProperties: false` is dropped, except under oneOf/not, where
//   closedness decides which branch matches and dropping it would change what is refused;
// - `report`: strict mode, which the report pass judges. Every object that lists properties refuses others; for an object combined
//   from allOf/anyOf/oneOf members, the names any member lists count as known, so strictness is judged
//   once, at the object, and the members keep their meaning.
import { mapSubschemas } from '../../src/kernel/map-subschemas.ts';
import { ANNOTATION_KEYWORDS, SUBSCHEMA_KEYWORDS } from '../../src/kernel/schema-keywords.ts';
import type { SchemaObject } from '../openapi.ts';

const COMPOSITIONS = SUBSCHEMA_KEYWORDS.list;

type Visit = (schema: SchemaObject, context: { member: boolean; underOneOf: boolean }) => void;

/** Calls `visit` on every subschema, children before parents. */
function walk(schema: SchemaObject, visit: Visit, member = false, underOneOf = false): void {
  if (typeof schema !== 'object' || schema === null) return;
  mapSubschemas(schema, (child, keyword) => {
    const isMember = (COMPOSITIONS as readonly string[]).includes(keyword);
    walk(child as SchemaObject, visit, isMember, underOneOf || keyword === 'not' || keyword === 'oneOf');
    return child;
  });
  visit(schema, { member, underOneOf });
}

/** Every format name a schema uses, at any depth. */
export function collectFormats(node: unknown, into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' && typeof value === 'string') into.add(value);
    else collectFormats(value, into);
  }
}

export function withoutAnnotations(schema: SchemaObject): SchemaObject {
  const copy = structuredClone(schema);
  delete copy.$schema;
  walk(copy, (node) => {
    for (const key of Object.keys(node)) if (ANNOTATION_KEYWORDS.has(key)) delete node[key];
  });
  return copy;
}

export function checkSchema(schema: SchemaObject): SchemaObject {
  const copy = withoutAnnotations(schema);
  walk(copy, (node, { underOneOf }) => {
    if (node.additionalProperties === false && !underOneOf) delete node.additionalProperties;
  });
  return copy;
}

export function reportSchema(schema: SchemaObject): SchemaObject {
  const copy = withoutAnnotations(schema);
  walk(copy, (node, { member }) => {
    if (member || node.additionalProperties !== undefined || node.patternProperties !== undefined) return;
    const names = knownPropertyNames(node);
    if (names.size === 0) return;
    const properties: Record<string, SchemaObject> = { ...node.properties };
    for (const name of names) if (!Object.hasOwn(properties, name)) properties[name] = true as unknown as SchemaObject;
    node.properties = properties;
    node.additionalProperties = false;
  });
  return copy;
}

/** Property names an object lists itself or through the members of its compositions. */
function knownPropertyNames(schema: SchemaObject, names = new Set<string>()): Set<string> {
  for (const name of Object.keys(schema.properties ?? {})) names.add(name);
  for (const key of COMPOSITIONS) {
    for (const member of (schema[key] as SchemaObject[] | undefined) ?? []) {
      if (typeof member === 'object' && member !== null) knownPropertyNames(member, names);
    }
  }
  return names;
}
