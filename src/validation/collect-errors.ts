// Every error of a value against a validation schema, in the order ajv reports them with allErrors
// (draft-07 `Ajv` class, strictNumbers, the package's format checks), as { instancePath, keyword, params }.
// It runs only to explain a refusal, or in strict mode, so it reads the schema as data instead of
// carrying generated code for every event: the schemas are a fraction of that code's size.
// test/validators/ proves it equals ajv, over the document's events and over random schemas.
import { dateTimeFormat, emailFormat, int32Format, int64Format } from '../formats/format-checks.js';
import { escapePointerToken } from '../json-pointer.js';
import { equal, ucs2length } from './ajv-runtime.js';
import type { CompiledValidatorError } from './compiled-validator.js';
import {
  GROUP_KEYWORDS,
  isAlwaysValid,
  LIMITS,
  propertyNames,
  typesOf,
  typeTestedFirst,
  usedGroups,
  type JsonType,
  type KeywordGroup,
  type ValidationSchema,
} from './schema-keywords.js';

type SchemaObject = { readonly [keyword: string]: unknown };

/** The formats with a check, the JSON type each applies to; others are annotations (as the generator treats them). */
export const FORMAT_CHECKS: Readonly<Record<string, { check: (value: never) => boolean; type: KeywordGroup }>> = {
  'date-time': { check: dateTimeFormat, type: 'string' },
  email: { check: emailFormat, type: 'string' },
  int32: { check: int32Format, type: 'number' },
  int64: { check: int64Format, type: 'number' },
};

/** What collectErrors needs to know of a schema object, worked out once per object. */
interface SchemaFacts {
  types: JsonType[];
  groups: KeywordGroup[];
  typeFirst: boolean;
  properties: { name: string; token: string; schema: ValidationSchema }[];
  known: ReadonlySet<string>;
  pattern?: RegExp;
}

const facts = new WeakMap<SchemaObject, SchemaFacts>();

function factsOf(schema: SchemaObject): SchemaFacts {
  let found = facts.get(schema);
  if (!found) {
    const types = typesOf(schema);
    const groups = usedGroups(schema);
    const names = propertyNames(schema);
    const properties = (schema.properties ?? {}) as Record<string, ValidationSchema>;
    found = {
      types,
      groups,
      typeFirst: typeTestedFirst(types, groups),
      properties: names.filter((name) => !isAlwaysValid(properties[name]!)).map((name) => ({ name, token: `/${escapePointerToken(name)}`, schema: properties[name]! })),
      known: new Set(names),
      ...(typeof schema.pattern === 'string' ? { pattern: new RegExp(schema.pattern, 'u') } : {}),
    };
    facts.set(schema, found);
  }
  return found;
}

/** ajv's type tests (strictNumbers: numbers must be finite). */
function hasType(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'number':
      return Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

const same = (value: unknown, expected: unknown): boolean => (typeof expected === 'object' && expected !== null ? equal(value, expected) : value === expected);

function failsLimit(keyword: string, measure: number, limit: number): boolean {
  switch (LIMITS[keyword]!.fails) {
    case '>':
      return measure > limit;
    case '<':
      return measure < limit;
    case '>=':
      return measure >= limit;
    default:
      return measure <= limit;
  }
}

/** True when `value` is valid against `schema` (for `not`, which reports no errors of its own subschema). */
function isValid(schema: ValidationSchema, value: unknown, path: string): boolean {
  const errors: CompiledValidatorError[] = [];
  collectErrors(schema, value, path, errors);
  return errors.length === 0;
}

export function collectErrors(schema: ValidationSchema, value: unknown, path: string, errors: CompiledValidatorError[]): void {
  if (isAlwaysValid(schema)) return;
  const report = (keyword: string, params: Record<string, unknown>): void => {
    errors.push({ instancePath: path, keyword, params });
  };
  if (schema === false) return report('false schema', {});
  const node = schema as SchemaObject;
  const { types, groups, typeFirst } = factsOf(node);
  if (typeFirst && !types.some((type) => hasType(type, value))) report('type', { type: node.type });
  if (node.const !== undefined && !same(value, node.const)) report('const', { allowedValue: node.const });
  const members = node.enum as unknown[] | undefined;
  if (members && !members.some((member) => same(value, member))) report('enum', { allowedValues: members });
  if (node.not !== undefined && isValid(node.not as ValidationSchema, value, path)) report('not', {});
  const anyOf = node.anyOf as ValidationSchema[] | undefined;
  if (anyOf && !anyOf.some(isAlwaysValid)) {
    // Branches run until one passes; their errors are kept only if none does.
    const before = errors.length;
    let valid = false;
    for (const branch of anyOf) {
      const mark = errors.length;
      collectErrors(branch, value, path, errors);
      if ((valid = errors.length === mark)) break;
    }
    if (valid) errors.length = before;
    else report('anyOf', {});
  }
  const oneOf = node.oneOf as ValidationSchema[] | undefined;
  if (oneOf) {
    // Branches run until a second one passes; passingSchemas names the two, or is null when none passed.
    const before = errors.length;
    let valid = false;
    let passing: unknown = null;
    for (let i = 0; i < oneOf.length; i++) {
      const mark = errors.length;
      collectErrors(oneOf[i]!, value, path, errors);
      const passed = errors.length === mark;
      if (i > 0 && passed && valid) {
        valid = false;
        passing = [passing, i];
        break;
      }
      if (passed) [valid, passing] = [true, i];
    }
    if (valid) errors.length = before;
    else report('oneOf', { passingSchemas: passing });
  }
  for (const branch of (node.allOf as ValidationSchema[] | undefined) ?? []) collectErrors(branch, value, path, errors);
  for (const group of groups) {
    if (hasType(group, value)) collectGroupErrors(node, group, value, path, errors);
    else if (types.length === 1 && types[0] === group && !typeFirst) report('type', { type: node.type });
  }
}

/** The errors of the keywords of one type group, `value` being of that type. */
function collectGroupErrors(node: SchemaObject, group: KeywordGroup, value: unknown, path: string, errors: CompiledValidatorError[]): void {
  const report = (keyword: string, params: Record<string, unknown>): void => {
    errors.push({ instancePath: path, keyword, params });
  };
  for (const keyword of GROUP_KEYWORDS[group]) {
    const setting = node[keyword];
    if (setting === undefined) continue;
    if (Object.hasOwn(LIMITS, keyword)) {
      const measure =
        group === 'number' ? (value as number) : group === 'string' ? ucs2length(value as string) : group === 'array' ? (value as unknown[]).length : Object.keys(value as object).length;
      if (failsLimit(keyword, measure, setting as number)) {
        const { comparison } = LIMITS[keyword]!;
        report(keyword, comparison ? { comparison, limit: setting } : { limit: setting });
      }
    } else if (keyword === 'multipleOf') {
      const quotient = (value as number) / (setting as number);
      if (setting === 0 || quotient !== parseInt(String(quotient))) report(keyword, { multipleOf: setting });
    } else if (keyword === 'pattern') {
      if (!factsOf(node).pattern!.test(value as string)) report(keyword, { pattern: setting });
    } else if (keyword === 'format') {
      const format = FORMAT_CHECKS[setting as string];
      if (format?.type === group && !format.check(value as never)) report(keyword, { format: setting });
    } else if (keyword === 'items') {
      const items = setting as ValidationSchema;
      if (isAlwaysValid(items)) continue;
      const array = value as unknown[];
      for (let i = 0; i < array.length; i++) collectErrors(items, array[i], `${path}/${i}`, errors);
    } else if (keyword === 'required') {
      for (const name of setting as string[]) {
        if ((value as Record<string, unknown>)[name] === undefined) report(keyword, { missingProperty: name });
      }
    } else if (keyword === 'additionalProperties') {
      const additional = setting as ValidationSchema;
      if (isAlwaysValid(additional)) continue;
      const { known } = factsOf(node);
      for (const key in value as object) {
        if (known.has(key)) continue;
        if (additional === false) report(keyword, { additionalProperty: key });
        else collectErrors(additional, (value as Record<string, unknown>)[key], `${path}/${escapePointerToken(key)}`, errors);
      }
    } else if (keyword === 'properties') {
      for (const property of factsOf(node).properties) {
        const child = (value as Record<string, unknown>)[property.name];
        if (child !== undefined) collectErrors(property.schema, child, path + property.token, errors);
      }
    }
  }
}
