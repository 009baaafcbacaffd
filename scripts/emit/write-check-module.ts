// Check validators written as code, straight from the validation schemas, with the verdict ajv gives them
// (draft-07 `Ajv` class, strictNumbers) but shaped for the common case, a valid delivery:
// - a bare boolean: no error objects, no error-reporting code (errors come from collectErrors, run only
//   after a refusal);
// - a subschema that recurs (the `teams` arrays, the task objects shared by the task events, ...) is one
//   function, called wherever it occurs; leaf subschemas (strings, numbers, enums) are inlined;
// - no schema objects are embedded, every function is top level and the module has no side effects, so a
//   bundler keeps only the functions an import reaches (a guard carries its own event's code only).
// test/validators/ proves the verdicts equal ajv's: over the document's events and mutations of their
// examples, and over random schemas.
import { posix } from 'node:path';
import type { JsonValue, SchemaObject } from '../openapi.ts';
import {
  GROUP_KEYWORDS,
  isAlwaysValid,
  LIMITS,
  propertyNames,
  schemaMapKeys,
  typesOf,
  usedGroups,
  type KeywordGroup,
  type ValidationSchema,
} from '../../src/validation/schema-keywords.ts';
import { assertSupportedSchema } from './assert-supported-schema.ts';

export interface ValidatorRoot {
  exportName: string;
  schema: SchemaObject;
}

export interface CheckedFormat {
  /** The name src/formats/format-checks.ts exports the check under. */
  check: string;
  /** The JSON type the format applies to; values of other types pass (as in ajv-formats). */
  type: 'string' | 'number';
}

export interface CheckModuleOptions {
  formats: Readonly<Record<string, CheckedFormat>>;
  imports: { formats: string; runtime: string };
  header: string;
}

type Schema = ValidationSchema;
type Node = { readonly [keyword: string]: unknown };

/** Keywords whose subschemas make a schema worth its own function rather than inline code. */
const STRUCTURAL_KEYWORDS = new Set(['not', 'anyOf', 'oneOf', 'allOf', ...GROUP_KEYWORDS.array, ...GROUP_KEYWORDS.object]);

const literal = (value: unknown): string => JSON.stringify(value);
const isStructural = (schema: Schema): boolean => typeof schema === 'object' && Object.keys(schema).some((key) => STRUCTURAL_KEYWORDS.has(key));
/** How ajv reads a property: `.name` when it is an identifier, `["name"]` otherwise. */
const access = (name: string): string => (/^[a-z$_][a-z$_0-9]*$/i.test(name) ? `.${name}` : `[${literal(name)}]`);

/** ajv's JSON type tests (strictNumbers: numbers must be finite), in their cheapest equivalent form. */
function typeTest(type: string, data: string): string {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${data}=="${type}"`;
    case 'number': // ajv: typeof "number" && isFinite
      return `Number.isFinite(${data})`;
    case 'integer': // ajv: typeof "number" && !(x % 1) && !isNaN && isFinite; without the float modulo
      return `Number.isInteger(${data})`;
    case 'null':
      return `${data}===null`;
    case 'array':
      return `Array.isArray(${data})`;
    default:
      return `(typeof ${data}=="object"&&${data}!==null&&!Array.isArray(${data}))`;
  }
}

/** Where an inverted limit still holds: the valid side of each failing comparison (operands are finite). */
const HOLDS: Record<string, string> = { '>': '<=', '<': '>=', '>=': '<', '<=': '>' };

/** Helpers a module defines when its checks use them. */
const HELPERS: Record<string, string> = {
  all: '/** Every item passes `check`. */\nfunction all(items, check) { for (let i = 0; i < items.length; i++) if (!check(items[i])) return false; return true; }',
  extra:
    '/** Every property that `known` does not list and no pattern matches passes `check` (null: none is allowed). */\nfunction extra(object, known, patterns, check) { for (const key in object) if (!known.has(key) && !patterns.some((pattern) => pattern.test(key)) && (check === null || !check(object[key]))) return false; return true; }',
  names: '/** Every property name passes `check`. */\nfunction names(object, check) { for (const key in object) if (!check(key)) return false; return true; }',
  matching: '/** Every property whose name `pattern` matches passes `check`. */\nfunction matching(object, pattern, check) { for (const key in object) if (pattern.test(key) && !check(object[key])) return false; return true; }',
  one: '/** Exactly one of `checks` passes (a second one passing decides at once, as in ajv). */\nfunction one(value, checks) { let passed = false; for (const check of checks) if (check(value)) { if (passed) return false; passed = true; } return passed; }',
};

class CheckModuleWriter {
  /** Check functions (`c`: the value is valid) and property functions (`o`: absent, or valid), by schema. */
  private readonly functions = new Map<string, { name: string; code: string }>();
  private readonly constants = new Map<string, string>();
  private readonly usedFormats = new Set<string>();
  private readonly usedRuntime = new Set<string>();
  private readonly usedHelpers = new Set<string>();
  private usedDuplicateItems = false;

  constructor(private readonly options: CheckModuleOptions) {}

  /** The function checking `schema`, written once however often the schema recurs. */
  functionFor(schema: Schema): string {
    return this.define(`c:${literal(schema)}`, 'c', (name) => `function ${name}(d){return ${this.valid(schema, 'd')}}`);
  }

  /** The function checking a property of schema `schema`: true when it is absent (undefined) or valid. */
  private optionalFor(schema: Schema): string {
    return this.define(`o:${literal(schema)}`, 'o', (name) => `function ${name}(v){return v===undefined||${this.reference(schema, 'v')}}`);
  }

  private define(key: string, prefix: string, write: (name: string) => string): string {
    const existing = this.functions.get(key);
    if (existing) return existing.name;
    const entry = { name: `${prefix}${this.functions.size}`, code: '' };
    this.functions.set(key, entry);
    entry.code = write(entry.name);
    return entry.name;
  }

  /** A constant of the module (a pattern, a set of names, a list of checks), written once. */
  private constant(prefix: string, code: string): string {
    const existing = this.constants.get(code);
    if (existing) return existing;
    const name = `${prefix}${this.constants.size}`;
    this.constants.set(code, name);
    return name;
  }

  private pattern(source: string): string {
    return this.constant('R', `/* @__PURE__ */ new RegExp(${literal(source)}, "u")`);
  }

  private helper(name: string): string {
    this.usedHelpers.add(name);
    return name;
  }

  /** The validity of `data`: a call for a structural schema, the expression itself for a leaf. */
  private reference(schema: Schema, data: string): string {
    if (isAlwaysValid(schema)) return 'true';
    if (schema === false) return 'false';
    return isStructural(schema) ? `${this.functionFor(schema)}(${data})` : `(${this.valid(schema, data)})`;
  }

  /**
   * A boolean expression, true when `data` (an identifier) is valid. Conditions are pure, so their order
   * does not change the verdict; the type test comes first because it guards the property reads.
   */
  private valid(schema: Schema, data: string): string {
    if (typeof schema === 'boolean') return String(schema);
    if (isAlwaysValid(schema)) return 'true';
    const types = typesOf(schema);
    const conditions: string[] = [];
    if (types.length > 0) conditions.push(`(${types.map((type) => typeTest(type, data)).join('||')})`);
    if (schema.const !== undefined) conditions.push(this.equals(data, schema.const));
    if (schema.enum) conditions.push(`(${(schema.enum as JsonValue[]).map((member) => this.equals(data, member)).join('||')})`);
    if (schema.not !== undefined) conditions.push(`!${this.reference(schema.not as Schema, data)}`);
    const anyOf = schema.anyOf as Schema[] | undefined;
    if (anyOf && !anyOf.some(isAlwaysValid)) conditions.push(`(${anyOf.map((branch) => this.reference(branch, data)).join('||')})`);
    const oneOf = schema.oneOf as Schema[] | undefined;
    if (oneOf) conditions.push(`${this.helper('one')}(${data},${this.constant('O', `[${oneOf.map((branch) => this.functionFor(branch)).join(',')}]`)})`);
    for (const branch of (schema.allOf as Schema[] | undefined) ?? []) if (!isAlwaysValid(branch)) conditions.push(this.reference(branch, data));
    for (const group of usedGroups(schema)) {
      const holds = this.groupConditions(schema, group, data);
      if (holds.length === 0) continue;
      const implied = types.length === 1 && (types[0] === group || (types[0] === 'integer' && group === 'number'));
      conditions.push(implied ? holds.join('&&') : `(!(${typeTest(group, data)})||${holds.join('&&')})`);
    }
    return conditions.join('&&') || 'true';
  }

  private groupConditions(schema: Node, group: KeywordGroup, data: string): string[] {
    const holds: string[] = [];
    for (const keyword of GROUP_KEYWORDS[group]) {
      const value = schema[keyword];
      if (value === undefined) continue;
      const limit = LIMITS[keyword];
      if (limit) {
        const measure =
          group === 'string' ? `${this.runtime('ucs2length')}(${data})` : group === 'array' ? `${data}.length` : group === 'object' ? `Object.keys(${data}).length` : data;
        holds.push(`${measure}${HOLDS[limit.fails]}${literal(value)}`);
      } else if (keyword === 'multipleOf') {
        holds.push(value === 0 ? 'false' : `${data}/${literal(value)}===parseInt(${data}/${literal(value)})`);
      } else if (keyword === 'pattern') {
        holds.push(`${this.pattern(value as string)}.test(${data})`);
      } else if (keyword === 'format') {
        // A format without a check, or one for another type, is an annotation here (as ajv compiled it).
        const format = this.options.formats[value as string];
        if (!format || format.type !== group) continue;
        this.usedFormats.add(format.check);
        holds.push(`${format.check}(${data})`);
      } else if (keyword === 'items') {
        if (!isAlwaysValid(value as Schema)) holds.push(`${this.helper('all')}(${data},${this.functionFor(value as Schema)})`);
      } else if (keyword === 'uniqueItems') {
        if (value !== true) continue;
        const items = schema.items;
        const itemTypes = typeof items === 'object' && items !== null ? typesOf(items as Node) : [];
        this.usedDuplicateItems = true;
        holds.push(`duplicateItems(${data},${this.constant('U', literal(itemTypes))})===undefined`);
      } else if (keyword === 'required') {
        holds.push(...(value as string[]).map((name) => `${data}${access(name)}!==undefined`));
      } else if (keyword === 'additionalProperties') {
        const additional = value as Schema;
        if (isAlwaysValid(additional)) continue;
        const known = this.constant('K', `/* @__PURE__ */ new Set(${literal(propertyNames(schema))})`);
        const patterns = this.constant('P', `[${schemaMapKeys(schema.patternProperties).map((pattern) => this.pattern(pattern)).join(',')}]`);
        holds.push(`${this.helper('extra')}(${data},${known},${patterns},${additional === false ? 'null' : this.functionFor(additional)})`);
      } else if (keyword === 'propertyNames') {
        if (!isAlwaysValid(value as Schema)) holds.push(`${this.helper('names')}(${data},${this.functionFor(value as Schema)})`);
      } else if (keyword === 'patternProperties') {
        const map = value as Record<string, Schema>;
        for (const pattern of schemaMapKeys(map)) {
          if (!isAlwaysValid(map[pattern]!)) holds.push(`${this.helper('matching')}(${data},${this.pattern(pattern)},${this.functionFor(map[pattern]!)})`);
        }
      } else if (keyword === 'properties') {
        const properties = value as Record<string, Schema>;
        for (const name of propertyNames(schema)) {
          if (!isAlwaysValid(properties[name]!)) holds.push(`${this.optionalFor(properties[name]!)}(${data}${access(name)})`);
        }
      }
    }
    return holds;
  }

  private equals(data: string, value: unknown): string {
    return typeof value === 'object' && value !== null ? `${this.runtime('equal')}(${data},${literal(value)})` : `${data}===${literal(value)}`;
  }

  private runtime(helper: 'ucs2length' | 'equal'): string {
    this.usedRuntime.add(helper);
    return helper;
  }

  module(roots: readonly ValidatorRoot[]): string {
    const { imports, header } = this.options;
    const exports = roots.map((root) => `${this.functionFor(root.schema)} as ${root.exportName}`);
    const lines = [header];
    if (this.usedFormats.size > 0) lines.push(`import { ${[...this.usedFormats].sort().join(', ')} } from ${literal(imports.formats)};`);
    if (this.usedRuntime.size > 0) lines.push(`import { ${[...this.usedRuntime].sort().join(', ')} } from ${literal(imports.runtime)};`);
    if (this.usedDuplicateItems) lines.push(`import { duplicateItems } from ${literal(posix.join(posix.dirname(imports.runtime), 'duplicate-items.js'))};`);
    lines.push(...[...this.usedHelpers].sort().map((name) => HELPERS[name]!));
    // Constants only name functions (hoisted) and build patterns and sets, so they can come first.
    lines.push(...[...this.constants].map(([code, name]) => `const ${name} = ${code};`));
    lines.push(...[...this.functions.values()].map((entry) => entry.code));
    lines.push(`export { ${exports.join(', ')} };`);
    return `${lines.join('\n')}\n`;
  }
}

/** One module with a check validator export per root schema. */
export function writeCheckModule(roots: readonly ValidatorRoot[], options: CheckModuleOptions): string {
  for (const root of roots) assertSupportedSchema(root.schema, root.exportName);
  return new CheckModuleWriter(options).module(roots);
}
