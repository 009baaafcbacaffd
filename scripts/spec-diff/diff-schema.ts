// Compares two self-contained JSON Schemas of the same event (as normaliseDocument writes them) keyword
// by keyword, and says for each difference whether validation got narrower (major), wider (minor) or
// only its annotations changed (patch). See spec-change.ts for why.
import { ANNOTATION_KEYWORDS } from '../../src/kernel/schema-keywords.ts';
import type { SchemaObject } from '../openapi.ts';
import type { Bump } from './spec-change.ts';

export interface SchemaChange {
  path: string;
  bump: Bump;
  message: string;
}

type Schema = SchemaObject | boolean;

const show = (value: unknown): string => JSON.stringify(value);
const child = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
const asObject = (schema: Schema | undefined): SchemaObject =>
  typeof schema === 'object' && schema !== null ? schema : {};

/** Keywords handled one by one below; any other keyword that changes is taken as a narrowing (major). */
const HANDLED = new Set([
  'type',
  'enum',
  'const',
  'format',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  '$schema',
]);
/** Lower bounds: raising one narrows. Upper bounds: lowering one narrows. */
const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function typesOf(schema: SchemaObject): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
}

/** True when every value of type set `inner` is allowed by `outer` (an integer is a number). */
function typesWithin(inner: Set<string>, outer: Set<string>): boolean {
  return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}

function describeSchema(schema: Schema | undefined): string {
  const object = asObject(schema);
  const type = Array.isArray(object.type) ? object.type.join(' or ') : (object.type ?? 'any');
  return object.format ? `${type}, ${object.format}` : type;
}

export function diffSchema(
  before: Schema | undefined,
  after: Schema | undefined,
  path: string,
  out: SchemaChange[],
): SchemaChange[] {
  const add = (bump: Bump, message: string, at = path): void => void out.push({ path: at, bump, message });
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    if (before !== after)
      add(after === true || after === undefined ? 'minor' : 'major', `schema ${show(before)} became ${show(after)}`);
    return out;
  }
  const a = asObject(before);
  const b = asObject(after);

  // type
  const typesA = typesOf(a);
  const typesB = typesOf(b);
  if (show(a.type) !== show(b.type)) {
    const widened = typesB === undefined || (typesA !== undefined && typesWithin(typesA, typesB));
    add(
      widened ? 'minor' : 'major',
      `type ${a.type === undefined ? 'any' : show(a.type)} became ${b.type === undefined ? 'any' : show(b.type)}`,
    );
  }

  // enum: a value removed narrows, a value added widens; an enum added narrows, removed widens
  if (a.enum !== undefined || b.enum !== undefined) {
    if (a.enum === undefined) add('major', `enum ${show(b.enum)} added (only these values are accepted now)`);
    else if (b.enum === undefined) add('minor', `enum ${show(a.enum)} removed (any value of the type is accepted now)`);
    else {
      const oldValues = new Set(a.enum.map(show));
      const newValues = new Set(b.enum.map(show));
      const removed = [...oldValues].filter((value) => !newValues.has(value));
      const added = [...newValues].filter((value) => !oldValues.has(value));
      if (removed.length > 0)
        add('major', `enum ${removed.length === 1 ? 'value' : 'values'} ${removed.join(', ')} removed`);
      if (added.length > 0) add('minor', `enum ${added.length === 1 ? 'value' : 'values'} ${added.join(', ')} added`);
    }
  }

  // const and format: added or changed narrows, removed widens
  for (const keyword of ['const', 'format'] as const) {
    if (show(a[keyword]) === show(b[keyword])) continue;
    if (b[keyword] === undefined) add('minor', `${keyword} ${show(a[keyword])} removed`);
    else if (a[keyword] === undefined) add('major', `${keyword} ${show(b[keyword])} added`);
    else add('major', `${keyword} ${show(a[keyword])} became ${show(b[keyword])}`);
  }

  // numeric bounds
  for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const x = a[keyword] as number | undefined;
    const y = b[keyword] as number | undefined;
    if (x === y) continue;
    const narrowed = y !== undefined && (x === undefined || (LOWER_BOUNDS.has(keyword) ? y > x : y < x));
    const what = x === undefined ? `${y} added` : y === undefined ? `${x} removed` : `${x} became ${y}`;
    add(narrowed ? 'major' : 'minor', `${keyword} ${what}`);
  }

  // properties and required
  const propsA = a.properties ?? {};
  const propsB = b.properties ?? {};
  const requiredA = new Set(a.required ?? []);
  const requiredB = new Set(b.required ?? []);
  for (const name of Object.keys(propsA)) {
    if (!Object.hasOwn(propsB, name))
      add('major', `field removed (${describeSchema(propsA[name])})`, child(path, name));
  }
  for (const [name, schema] of Object.entries(propsB)) {
    const at = child(path, name);
    if (!Object.hasOwn(propsA, name)) {
      // A new required field: deliveries without it, valid until now, are refused from now on.
      if (requiredB.has(name)) add('major', `required field added (${describeSchema(schema)})`, at);
      else add('minor', `optional field added (${describeSchema(schema)})`, at);
      continue;
    }
    if (!requiredA.has(name) && requiredB.has(name)) add('major', 'field became required', at);
    if (requiredA.has(name) && !requiredB.has(name)) add('minor', 'field became optional', at);
    diffSchema(propsA[name], schema, at, out);
  }
  // `required` naming a field that `properties` does not list
  for (const name of requiredB)
    if (!requiredA.has(name) && !Object.hasOwn(propsB, name)) add('major', 'field became required', child(path, name));
  for (const name of requiredA)
    if (!requiredB.has(name) && !Object.hasOwn(propsA, name)) add('minor', 'field became optional', child(path, name));

  // subschemas
  if (a.items !== undefined || b.items !== undefined) diffSchema(a.items, b.items, `${path}[]`, out);
  if (show(a.additionalProperties) !== show(b.additionalProperties)) {
    const open = (value: unknown): boolean => value === undefined || value === true;
    if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') {
      diffSchema(a.additionalProperties, b.additionalProperties, `${path}{}`, out);
    } else {
      add(
        open(b.additionalProperties) ? 'minor' : 'major',
        `additionalProperties ${show(a.additionalProperties) ?? 'absent'} became ${show(b.additionalProperties) ?? 'absent'}`,
      );
    }
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const listA = a[keyword] as Schema[] | undefined;
    const listB = b[keyword] as Schema[] | undefined;
    if (listA === undefined && listB === undefined) continue;
    if (listA?.length === listB?.length)
      listA!.forEach((schema, index) => {
        diffSchema(schema, listB![index], `${path}<${keyword} ${index}>`, out);
      });
    else add('major', `${keyword} had ${listA?.length ?? 0} alternatives, now ${listB?.length ?? 0}`);
  }

  // annotations, then anything else
  for (const keyword of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (HANDLED.has(keyword) || show(a[keyword]) === show(b[keyword])) continue;
    if (ANNOTATION_KEYWORDS.has(keyword))
      add(
        'patch',
        `${keyword} ${a[keyword] === undefined ? 'added' : b[keyword] === undefined ? 'removed' : 'changed'}`,
      );
    else add('major', `${keyword} ${show(a[keyword]) ?? 'absent'} became ${show(b[keyword]) ?? 'absent'}`);
  }
  return out;
}
