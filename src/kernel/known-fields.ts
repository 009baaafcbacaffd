// Strict mode's fast path: whether a value the check pass accepted holds only fields its closed (report)
// schema lists. The closed schemas differ from the open ones the check pass judges only by
// `additionalProperties: false` (scripts/normalise/validation-schemas.ts), so once the check pass has
// accepted a value, unknown fields are all the report pass could still find: a walk of `properties`,
// `items`, `allOf` and `additionalProperties` settles it, and the report pass runs only to explain a
// refusal. As in collect-errors.ts, each schema object is turned into a function the first time it is
// met and kept for the next value. Where the walk cannot tell (anyOf, oneOf and not, whose branches
// closedness decides; patternProperties; a keyword it does not know) it answers false, as it does for an
// unknown field: the caller then runs the report pass, which decides.
import { isAlwaysValid, propertyNames, type ValidationSchema } from './schema-keywords.js';

/** True when the value holds no unknown field (for a value the check pass accepted). */
type Walk = (value: unknown) => boolean;
type SchemaObject = { readonly [keyword: string]: unknown };

const noFields: Walk = () => true;
const cannotTell: Walk = () => false;
const walks = new WeakMap<SchemaObject, Walk>();

/**
 * Keywords that hold no subschema, or only subschemas of strings (propertyNames): closedness changes
 * nothing in them, and the check pass has judged them.
 */
const LEAF_KEYWORDS: ReadonlySet<string> = new Set([
  '$id',
  '$comment',
  'type',
  'const',
  'enum',
  'format',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'multipleOf',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'propertyNames',
]);
/** Keywords the walk follows; any other keyword makes a schema's walk answer false. */
const WALKED_KEYWORDS: ReadonlySet<string> = new Set(['properties', 'additionalProperties', 'items', 'allOf']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function walkFor(schema: ValidationSchema): Walk {
  // A false schema cannot be met by a value the check pass accepted; answering false is the safe side.
  if (typeof schema === 'boolean') return schema ? noFields : cannotTell;
  let walk = walks.get(schema);
  if (!walk) {
    walk = compile(schema);
    walks.set(schema, walk);
  }
  return walk;
}

/** The walk of an object's fields: unknown names refused or walked into, listed ones walked into. */
function objectWalk(node: SchemaObject): Walk | undefined {
  const map = (node.properties ?? {}) as Record<string, ValidationSchema>;
  const known = new Set(propertyNames(node));
  const names: string[] = [];
  const children: Walk[] = [];
  for (const name of known) {
    const child = walkFor(map[name]!);
    if (child === noFields) continue;
    names.push(name);
    children.push(child);
  }
  const { additionalProperties } = node;
  const closed = additionalProperties === false;
  const others =
    closed || additionalProperties === undefined ? noFields : walkFor(additionalProperties as ValidationSchema);
  if (!closed && others === noFields && names.length === 0) return undefined;
  return (value) => {
    if (!isObject(value)) return true;
    if (closed || others !== noFields) {
      for (const key in value) if (!known.has(key) && (closed || !others(value[key]))) return false;
    }
    for (let i = 0; i < names.length; i++) {
      const child = value[names[i]!];
      if (child !== undefined && !children[i]!(child)) return false;
    }
    return true;
  };
}

function compile(node: SchemaObject): Walk {
  if (isAlwaysValid(node)) return noFields;
  for (const keyword in node) if (!LEAF_KEYWORDS.has(keyword) && !WALKED_KEYWORDS.has(keyword)) return cannotTell;
  const parts: Walk[] = [];
  const fields = objectWalk(node);
  if (fields) parts.push(fields);
  const { items, allOf } = node;
  if (Array.isArray(items)) return cannotTell;
  if (items !== undefined) {
    const item = walkFor(items as ValidationSchema);
    if (item !== noFields) {
      parts.push((value) => {
        if (!Array.isArray(value)) return true;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      });
    }
  }
  // Every member of an allOf applies to the value; the names they list are already known to the node.
  for (const member of (allOf ?? []) as ValidationSchema[]) {
    const walk = walkFor(member);
    if (walk !== noFields) parts.push(walk);
  }
  if (parts.length === 0) return noFields;
  if (parts.length === 1) return parts[0]!;
  return (value) => parts.every((part) => part(value));
}

/**
 * The test of strict mode's fast path for `schema`: true when a value the check (default-policy) pass
 * has accepted holds no field the closed `schema` refuses, so that the report pass would find no error
 * either. False when it holds one, or when the walk cannot tell: then only the report pass can say.
 */
export function knownFieldsTest(schema: ValidationSchema): (value: unknown) => boolean {
  return walkFor(schema);
}
