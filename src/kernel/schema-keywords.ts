// The validation keywords the package implements and the order ajv applies them in (its RULES: untyped
// keywords first, then one block per type group). Shared by the generator, which writes the check
// code, and by collectErrors, which reports every error: both reproduce ajv's judgement exactly.

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
export type KeywordGroup = 'number' | 'string' | 'array' | 'object';

/** A validation schema: JSON Schema without annotations, every $ref inlined. */
export type ValidationSchema = boolean | { readonly [keyword: string]: unknown };

export const UNTYPED_KEYWORDS = ['const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf'] as const;
export const GROUP_KEYWORDS: Readonly<Record<KeywordGroup, readonly string[]>> = {
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'items', 'uniqueItems'],
  object: [
    'maxProperties',
    'minProperties',
    'required',
    'propertyNames',
    'additionalProperties',
    'properties',
    'patternProperties',
  ],
};
export const KEYWORD_GROUPS = Object.keys(GROUP_KEYWORDS) as KeywordGroup[];
/** Keywords that may remain in a validation schema without any effect on it. */
export const INERT_KEYWORDS: ReadonlySet<string> = new Set(['$id', '$comment']);

/**
 * Keywords that only annotate (JSON Schema's meta-data vocabulary and $comment): never read by a
 * validator, dropped from the validation schemas, a patch-level change when they differ.
 */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
  '$comment',
]);

/** Where a schema holds subschemas: one, a list of them, or a map of them by property name. */
export const SUBSCHEMA_KEYWORDS = {
  single: ['items', 'not', 'propertyNames', 'additionalProperties'],
  list: ['allOf', 'anyOf', 'oneOf'],
  map: ['properties', 'patternProperties'],
} as const;

/** How ajv words a failed limit: the comparison that fails, and its error's params. */
export const LIMITS: Readonly<Record<string, { fails: '>' | '<' | '>=' | '<='; comparison?: string }>> = {
  maximum: { fails: '>', comparison: '<=' },
  minimum: { fails: '<', comparison: '>=' },
  exclusiveMaximum: { fails: '>=', comparison: '<' },
  exclusiveMinimum: { fails: '<=', comparison: '>' },
  maxLength: { fails: '>' },
  minLength: { fails: '<' },
  maxItems: { fails: '>' },
  minItems: { fails: '<' },
  maxProperties: { fails: '>' },
  minProperties: { fails: '<' },
};

/** ajv's JSON type tests (strictNumbers: numbers must be finite). */
export const JSON_TYPE_TESTS: Readonly<Record<JsonType, (value: unknown) => boolean>> = {
  string: (value) => typeof value === 'string',
  number: (value) => Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
};

/** A schema with nothing that can fail: ajv generates no code for it. */
export function isAlwaysValid(schema: ValidationSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  for (const key in schema) if (!INERT_KEYWORDS.has(key)) return false;
  return true;
}

export function typesOf(schema: { readonly [keyword: string]: unknown }): JsonType[] {
  const type = schema.type;
  return type === undefined ? [] : ((Array.isArray(type) ? type : [type]) as JsonType[]);
}

/** The type groups whose keywords a schema uses (format counts for both groups it belongs to, as in ajv). */
export function usedGroups(schema: { readonly [keyword: string]: unknown }): KeywordGroup[] {
  return KEYWORD_GROUPS.filter((group) => GROUP_KEYWORDS[group].some((keyword) => schema[keyword] !== undefined));
}

/**
 * Whether ajv tests the type before the other keywords: it does unless the schema's single type has
 * keywords of its own group, in which case the type error is that group's `else`.
 */
export function typeTestedFirst(types: readonly JsonType[], groups: readonly KeywordGroup[]): boolean {
  return types.length > 0 && !(types.length === 1 && groups.includes(types[0] as KeywordGroup));
}

/** The keys of a map of subschemas as ajv reads them ("__proto__" is never one to ajv). */
export function schemaMapKeys(map: unknown): string[] {
  return Object.keys((map as object | undefined) ?? {}).filter((name) => name !== '__proto__');
}

/** Property names as ajv reads them from `properties`. */
export function propertyNames(schema: { readonly [keyword: string]: unknown }): string[] {
  return schemaMapKeys(schema.properties);
}
