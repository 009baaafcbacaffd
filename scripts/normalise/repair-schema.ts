// The repairs of one schema node of a Zoom document, in the document's own vocabulary (OpenAPI 3.x), made
// before the node is converted: each is named in repairs.ts, recorded with its pointer, and expressed as
// the erratum that would make it unnecessary. What cannot be repaired with certainty fails instead.
import { JSON_TYPE_TESTS, SUBSCHEMA_KEYWORDS } from '../../src/kernel/schema-keywords.ts';
import { escapePointerToken } from '../json-pointer.ts';
import type { JsonValue } from '../openapi.ts';
import { isKnownKeyword, PLAIN_KEYWORDS } from './openapi-keywords.ts';
import { pointerOf, type RepairLog, uncertainDefect } from './repairs.ts';

type Node = Record<string, unknown>;
/** The keyword a schema sits under ('root' for a request body's schema). */
export type SchemaRole =
  | 'root'
  | 'items'
  | 'not'
  | 'propertyNames'
  | 'additionalProperties'
  | 'properties'
  | 'patternProperties'
  | 'allOf'
  | 'anyOf'
  | 'oneOf';

const COMPOSITIONS = SUBSCHEMA_KEYWORDS.list;
const JSON_TYPES: ReadonlySet<unknown> = new Set(Object.keys(JSON_TYPE_TESTS));
/** Type names of programming languages that Zoom's documents use, and the JSON Schema type each means. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  long: 'integer',
  int: 'integer',
  int32: 'integer',
  int64: 'integer',
  short: 'integer',
  float: 'number',
  double: 'number',
  decimal: 'number',
  bool: 'boolean',
};
/** Where a schema's type is decided by where it sits (a member of a composition, under `not`): left alone. */
const TYPED_BY_CONTEXT: ReadonlySet<SchemaRole> = new Set(['allOf', 'anyOf', 'oneOf', 'not', 'propertyNames']);

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const json = (value: unknown): JsonValue => structuredClone(value) as JsonValue;
const typesOf = (node: Node): unknown[] =>
  node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
const isObjectSchema = (node: Node): boolean => typesOf(node).includes('object') || isObject(node.properties);
/** A value that reads as a schema: an object of known keywords only. */
const looksLikeSchema = (value: unknown): boolean =>
  isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every(isKnownKeyword);

/** `node` repaired (a copy where anything changed), each repair recorded in `log`. */
export function repairSchemaNode(source: Node, at: string, role: SchemaRole, log: RepairLog): Node {
  const pointer = pointerOf(at);
  const here = (key: string): string => `${pointer}/${escapePointerToken(key)}`;
  let node = source;
  const edit = (): Node => {
    if (node === source) node = { ...source };
    return node;
  };

  if (node.$schema !== undefined) {
    log.add({
      repair: 'dialect-inside-schema',
      pointer: here('$schema'),
      message: `dropped "$schema": ${JSON.stringify(node.$schema)}`,
      erratum: [{ path: here('$schema'), from: json(node.$schema) }],
    });
    delete edit().$schema;
  }

  if (node.property !== undefined) {
    if (node.properties !== undefined || !isObject(node.property)) {
      uncertainDefect(`#${here('property')}`, 'a keyword "property" beside "properties", or not a map of schemas', [
        { path: here('property'), from: json(node.property) },
      ]);
    }
    log.add({
      repair: 'properties-misspelt',
      pointer: here('property'),
      message: '"property" renamed "properties"',
      erratum: [
        { path: here('property'), from: json(node.property) },
        { path: here('properties'), to: json(node.property) },
      ],
    });
    const { property, ...rest } = edit();
    node = { ...rest, properties: property };
  }

  if (isObject(node.properties)) {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'boolean' || isObject(value)) continue;
      const at = `${here('properties')}/${escapePointerToken(name)}`;
      const lifts =
        PLAIN_KEYWORDS.has(name) && (node[name] === undefined || JSON.stringify(node[name]) === JSON.stringify(value));
      if (!lifts) {
        uncertainDefect(`#${at}`, `the schema of property "${name}" is ${JSON.stringify(value)}, not a schema`, [
          {
            path: at,
            from: json(value),
            to: { type: typeof value === 'string' && JSON_TYPES.has(value) ? value : 'string' },
          },
        ]);
      }
      log.add({
        repair: 'property-schema-is-a-string',
        pointer: at,
        message: `"${name}": ${JSON.stringify(value)} moved from "properties" up to its schema`,
        erratum: [
          { path: at, from: json(value) },
          ...(node[name] === undefined ? [{ path: here(name), to: json(value) }] : []),
        ],
      });
      const { [name]: _keyword, ...properties } = node.properties as Node;
      edit().properties = properties;
      node[name] = value;
    }
  }

  for (const [key, value] of Object.entries(node)) {
    if (isKnownKeyword(key)) continue;
    const free = !isObject(node.properties) || !Object.hasOwn(node.properties, key);
    if (!isObjectSchema(node) || !looksLikeSchema(value) || !free) {
      uncertainDefect(`#${here(key)}`, `the keyword "${key}" is not supported by this generator`, [
        { path: here(key), from: json(value) },
      ]);
    }
    log.add({
      repair: 'property-outside-properties',
      pointer: here(key),
      message: `"${key}" moved into "properties"`,
      erratum: [
        { path: here(key), from: json(value) },
        { path: `${here('properties')}/${escapePointerToken(key)}`, to: json(value) },
      ],
    });
    const { [key]: property, ...rest } = edit();
    node = { ...rest, properties: { ...(isObject(rest.properties) ? rest.properties : {}), [key]: property } };
  }

  const types = typesOf(node);
  if (types.some((type) => typeof type !== 'string' || !JSON_TYPES.has(type))) {
    const mapped = types.map((type) => (typeof type === 'string' && !JSON_TYPES.has(type) ? TYPE_ALIASES[type] : type));
    const unknown = types.filter((type, i) => typeof type !== 'string' || mapped[i] === undefined);
    if (unknown.length > 0) {
      uncertainDefect(`#${here('type')}`, `the type ${JSON.stringify(unknown[0])} is not a JSON Schema type`, [
        { path: here('type'), from: json(node.type), to: 'string' },
      ]);
    }
    const type = Array.isArray(node.type) ? [...new Set(mapped)] : mapped[0];
    log.add({
      repair: 'type-name-not-json-schema',
      pointer: here('type'),
      message: `type ${JSON.stringify(node.type)} read as ${JSON.stringify(type)}`,
      erratum: [{ path: here('type'), from: json(node.type), to: json(type) }],
    });
    edit().type = type;
  }

  const composed = COMPOSITIONS.some((key) => node[key] !== undefined); // then its members decide its type
  if (
    node.type === undefined &&
    !composed &&
    !TYPED_BY_CONTEXT.has(role) &&
    (node.properties !== undefined || node.required !== undefined)
  ) {
    log.add({
      repair: 'object-type-missing',
      pointer,
      message: '"type": "object" added to a schema with properties or required',
      erratum: [{ path: here('type'), to: 'object' }],
    });
    edit().type = 'object';
  }

  if (node.required !== undefined) {
    if (!Array.isArray(node.required) || !node.required.every((name) => typeof name === 'string')) {
      uncertainDefect(`#${here('required')}`, '"required" is not a list of names', [
        { path: here('required'), from: json(node.required), to: [] },
      ]);
    }
    const required = node.required as string[];
    const once = [...new Set(required)];
    if (once.length < required.length) {
      log.add({
        repair: 'required-names-twice',
        pointer: here('required'),
        message: `repeated names dropped from ${JSON.stringify(required)}`,
        erratum: [{ path: here('required'), from: required, to: once }],
      });
      edit().required = once;
    }
    // Only where nothing else can supply the name: no composition, no pattern or map of further properties.
    const closedList =
      isObject(node.properties) &&
      node.patternProperties === undefined &&
      (node.additionalProperties ?? false) === false;
    const alone = !TYPED_BY_CONTEXT.has(role) && !composed;
    const known = isObject(node.properties) ? node.properties : {};
    const listed = once.filter((name) => Object.hasOwn(known, name));
    if (closedList && alone && listed.length < once.length) {
      const unlisted = once.filter((name) => !listed.includes(name));
      log.add({
        repair: 'required-names-missing-property',
        pointer: here('required'),
        message: `${JSON.stringify(unlisted)} dropped from "required": "properties" does not list them`,
        erratum: [{ path: here('required'), from: required, to: listed }],
      });
      edit().required = listed;
    }
  }
  return node;
}
