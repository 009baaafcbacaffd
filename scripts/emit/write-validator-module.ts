// Validator code written straight from the validation schemas, with the meaning ajv gives them (draft-07
// `Ajv` class, strictNumbers, allErrors for reports), but shaped for this package:
// - `check` modules return a boolean and build nothing: a valid delivery, the common case, allocates no
//   error objects and pays for no error-reporting code;
// - `report` modules push every error, in ajv's order, as { instancePath, keyword, params };
// - a subschema that recurs (the `teams` arrays, the task objects shared by the task events, ...) becomes
//   one function, called wherever it occurs; leaf subschemas (strings, numbers, enums) are inlined;
// - no schema objects are embedded, every function is top level and the module has no side effects, so a
//   bundler keeps only the functions an import reaches.
// test/validators/ proves the equivalence with ajv: over the document's events and mutations of their
// examples, and over random schemas.
import type { JsonValue, SchemaObject } from '../openapi.ts';

export type ValidatorMode = 'check' | 'report';

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

export interface ValidatorModuleOptions {
  mode: ValidatorMode;
  formats: Readonly<Record<string, CheckedFormat>>;
  imports: { formats: string; runtime: string };
  header: string;
}

type Schema = SchemaObject | boolean;
type Group = 'number' | 'string' | 'array' | 'object';

/** ajv's keyword order: untyped keywords first, then one block per type group (ajv's RULES). */
const UNTYPED_KEYWORDS = ['const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf'];
const GROUP_KEYWORDS: Record<Group, readonly string[]> = {
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'items'],
  object: ['maxProperties', 'minProperties', 'required', 'additionalProperties', 'properties'],
};
const GROUPS = Object.keys(GROUP_KEYWORDS) as Group[];
/** Keywords with no effect on validation that may remain in a validation schema. */
const INERT_KEYWORDS = new Set(['$id', '$comment']);
const SUPPORTED_KEYWORDS = new Set([...INERT_KEYWORDS, 'type', ...UNTYPED_KEYWORDS, ...GROUPS.flatMap((group) => GROUP_KEYWORDS[group])]);
/** Keywords whose subschemas make a schema worth its own function rather than inline code. */
const STRUCTURAL_KEYWORDS = new Set([...UNTYPED_KEYWORDS.slice(2), ...GROUP_KEYWORDS.array, ...GROUP_KEYWORDS.object]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

const LIMITS: Record<string, { fails: string; comparison?: string; params: 'limit' | 'comparison' }> = {
  maximum: { fails: '>', comparison: '<=', params: 'comparison' },
  minimum: { fails: '<', comparison: '>=', params: 'comparison' },
  exclusiveMaximum: { fails: '>=', comparison: '<', params: 'comparison' },
  exclusiveMinimum: { fails: '<=', comparison: '>', params: 'comparison' },
  maxLength: { fails: '>', params: 'limit' },
  minLength: { fails: '<', params: 'limit' },
  maxItems: { fails: '>', params: 'limit' },
  minItems: { fails: '<', params: 'limit' },
  maxProperties: { fails: '>', params: 'limit' },
  minProperties: { fails: '<', params: 'limit' },
};

const literal = (value: unknown): string => JSON.stringify(value);
const isObject = (schema: Schema): schema is SchemaObject => typeof schema === 'object' && schema !== null;
/** A schema with nothing that can fail: ajv generates no code for it. */
const alwaysValid = (schema: Schema): boolean => schema === true || (isObject(schema) && Object.keys(schema).every((key) => INERT_KEYWORDS.has(key)));
const isStructural = (schema: Schema): boolean => isObject(schema) && Object.keys(schema).some((key) => STRUCTURAL_KEYWORDS.has(key));
/** Property names as ajv reads them from `properties` ("__proto__" is never a property to ajv). */
const propertyNames = (schema: SchemaObject): string[] => Object.keys(schema.properties ?? {}).filter((name) => name !== '__proto__');
/** How ajv reads a property: `.name` when it is an identifier, `["name"]` otherwise. */
const access = (name: string): string => (/^[a-z$_][a-z$_0-9]*$/i.test(name) ? `.${name}` : `[${literal(name)}]`);
const pointerToken = (token: string): string => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const typesOf = (schema: SchemaObject): string[] => (schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]);

/** The JSON type test ajv generates (strictNumbers: numbers must be finite). */
function typeTest(type: string, data: string): string {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${data}=="${type}"`;
    case 'number':
      return `(typeof ${data}=="number"&&isFinite(${data}))`;
    case 'integer':
      return `(typeof ${data}=="number"&&!(${data}%1)&&!isNaN(${data})&&isFinite(${data}))`;
    case 'null':
      return `${data}===null`;
    case 'array':
      return `Array.isArray(${data})`;
    default:
      return `(${data}&&typeof ${data}=="object"&&!Array.isArray(${data}))`;
  }
}

/** The test that puts data in a keyword group (a number group keyword applies to finite numbers only). */
const groupTest = (group: Group, data: string): string => typeTest(group, data);

/** Fails when `schema` uses a keyword this writer does not implement, naming where. */
function assertSupported(schema: Schema, at: string): void {
  if (!isObject(schema)) return;
  for (const [key, value] of Object.entries(schema)) {
    const here = `${at}/${key}`;
    if (!SUPPORTED_KEYWORDS.has(key)) {
      throw new Error(`${here}: the validator generator does not implement "${key}" (scripts/emit/write-validator-module.ts)`);
    }
    if (key === 'type' && !typesOf(schema).every((type) => JSON_TYPES.has(type))) throw new Error(`${here}: unknown type ${literal(value)}`);
    if (key === 'enum' && (!Array.isArray(value) || value.length === 0)) throw new Error(`${here}: enum must be a non-empty list`);
    if (key === 'properties') for (const [name, sub] of Object.entries(value as Record<string, Schema>)) assertSupported(sub, `${here}/${name}`);
    else if (key === 'items' || key === 'not' || key === 'additionalProperties') assertSupported(value as Schema, here);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') (value as Schema[]).forEach((sub, i) => assertSupported(sub, `${here}/${i}`));
  }
}

/** Names of locals inside one generated function. */
class Locals {
  private count = 0;
  next(prefix: string): string {
    return `${prefix}${this.count++}`;
  }
}

class ModuleWriter {
  private readonly functions = new Map<string, { name: string; code: string }>();
  private readonly patterns = new Map<string, string>();
  private readonly usedFormats = new Set<string>();
  private readonly usedRuntime = new Set<string>();
  private escapesKeys = false;

  constructor(private readonly options: ValidatorModuleOptions) {}

  /** The function validating `schema` in `mode`, written once however often the schema recurs. */
  functionFor(schema: Schema, mode: ValidatorMode): string {
    const key = `${mode}:${literal(schema)}`;
    const existing = this.functions.get(key);
    if (existing) return existing.name;
    const name = `${mode === 'check' ? 'c' : 'r'}${this.functions.size}`;
    const entry = { name, code: '' };
    this.functions.set(key, entry);
    const locals = new Locals();
    entry.code =
      mode === 'check'
        ? `function ${name}(d){${this.check(schema, 'd', locals)}return true}`
        : `function ${name}(d,p){${this.report(schema, 'd', 'p', locals)}}`;
    return name;
  }

  // --- check mode: statements that `return false` at the first failure -------------------------------

  /** An expression, true when `data` is valid: for compositions, which need a verdict per branch. */
  private isValid(schema: Schema, data: string): string {
    if (alwaysValid(schema)) return 'true';
    if (schema === false) return 'false';
    return `${this.functionFor(schema, 'check')}(${data})`;
  }

  private checkSubschema(schema: Schema, data: string, locals: Locals): string {
    if (alwaysValid(schema)) return '';
    if (isStructural(schema)) return `if(!${this.functionFor(schema, 'check')}(${data}))return false;`;
    return this.check(schema, data, locals);
  }

  private check(schema: Schema, data: string, locals: Locals): string {
    if (alwaysValid(schema)) return '';
    if (!isObject(schema)) return 'return false;';
    const types = typesOf(schema);
    let code = '';
    if (types.length > 0) code += `if(!(${types.map((type) => typeTest(type, data)).join('||')}))return false;`;
    if (schema.const !== undefined) code += `if(${this.differs(data, schema.const)})return false;`;
    if (schema.enum) code += `if(!(${this.isMember(data, schema.enum)}))return false;`;
    if (schema.not !== undefined) code += `if(${this.isValid(schema.not as Schema, data)})return false;`;
    const anyOf = schema.anyOf as Schema[] | undefined;
    if (anyOf && !anyOf.some(alwaysValid)) code += `if(!(${anyOf.map((branch) => this.isValid(branch, data)).join('||')}))return false;`;
    const oneOf = schema.oneOf as Schema[] | undefined;
    if (oneOf) {
      // Valid when exactly one branch passes; a second passing branch decides at once.
      const valid = locals.next('o');
      code += `{let ${valid}=false;${oneOf.map((branch) => `if(${this.isValid(branch, data)}){if(${valid})return false;${valid}=true}`).join('')}if(!${valid})return false;}`;
    }
    for (const branch of (schema.allOf as Schema[] | undefined) ?? []) code += this.checkSubschema(branch, data, locals);
    for (const group of GROUPS) {
      if (!GROUP_KEYWORDS[group].some((keyword) => schema[keyword] !== undefined)) continue;
      const body = this.checkGroup(schema, group, data, locals);
      if (body === '') continue;
      const implied = types.length === 1 && (types[0] === group || (types[0] === 'integer' && group === 'number'));
      code += implied ? body : `if(${groupTest(group, data)}){${body}}`;
    }
    return code;
  }

  private checkGroup(schema: SchemaObject, group: Group, data: string, locals: Locals): string {
    let code = '';
    for (const keyword of GROUP_KEYWORDS[group]) {
      if (schema[keyword] === undefined) continue;
      const failure = this.simpleFailure(schema, keyword, group, data);
      if (failure !== undefined) {
        if (failure !== '') code += `if(${failure})return false;`;
        continue;
      }
      if (keyword === 'items') {
        const items = schema.items as Schema;
        if (alwaysValid(items)) continue;
        const i = locals.next('i');
        const item = locals.next('v');
        code += `for(let ${i}=0;${i}<${data}.length;${i}++){const ${item}=${data}[${i}];${this.checkSubschema(items, item, locals)}}`;
      } else if (keyword === 'required') {
        const required = schema.required as string[];
        if (required.length > 0) code += `if(${required.map((name) => `${data}${access(name)}===undefined`).join('||')})return false;`;
      } else if (keyword === 'additionalProperties') {
        const additional = schema.additionalProperties as Schema;
        if (alwaysValid(additional)) continue;
        const key = locals.next('k');
        const value = locals.next('v');
        const onAdditional = additional === false ? 'return false;' : `{const ${value}=${data}[${key}];${this.checkSubschema(additional, value, locals)}}`;
        code += `for(const ${key} in ${data})${this.ifAdditional(schema, key, onAdditional)}`;
      } else if (keyword === 'properties') {
        for (const name of propertyNames(schema)) {
          const property = schema.properties![name]!;
          if (alwaysValid(property)) continue;
          const value = locals.next('v');
          code += `{const ${value}=${data}${access(name)};if(${value}!==undefined){${this.checkSubschema(property, value, locals)}}}`;
        }
      }
    }
    return code;
  }

  // --- report mode: statements that push every error, in ajv's order ----------------------------------

  private reportSubschema(schema: Schema, data: string, path: string, locals: Locals): string {
    if (alwaysValid(schema)) return '';
    if (isStructural(schema)) return `${this.functionFor(schema, 'report')}(${data},${path});`;
    return this.report(schema, data, path, locals);
  }

  private report(schema: Schema, data: string, path: string, locals: Locals): string {
    if (alwaysValid(schema)) return '';
    const error = (keyword: string, params: string): string => `E(${path},${literal(keyword)},${params});`;
    if (!isObject(schema)) return error('false schema', '{}');
    const types = typesOf(schema);
    const typeError = error('type', `{type:${literal(schema.type)}}`);
    const usedGroups = GROUPS.filter((group) => GROUP_KEYWORDS[group].some((keyword) => schema[keyword] !== undefined));
    // ajv tests the type up front unless the schema's single type has keywords of its own group, in
    // which case the type error is that group's `else`.
    const upFront = types.length > 0 && !(types.length === 1 && usedGroups.includes(types[0] as Group));
    let code = '';
    if (upFront) code += `if(!(${types.map((type) => typeTest(type, data)).join('||')}))${typeError}`;
    if (schema.const !== undefined) code += `if(${this.differs(data, schema.const)})${error('const', `{allowedValue:${literal(schema.const)}}`)}`;
    if (schema.enum) code += `if(!(${this.isMember(data, schema.enum)}))${error('enum', `{allowedValues:${literal(schema.enum)}}`)}`;
    if (schema.not !== undefined) code += `if(${this.isValid(schema.not as Schema, data)})${error('not', '{}')}`;
    const anyOf = schema.anyOf as Schema[] | undefined;
    if (anyOf && !anyOf.some(alwaysValid)) {
      // Branches run until one passes; their errors are kept only if none does.
      const [before, valid] = [locals.next('n'), locals.next('a')];
      const branches = anyOf.map((branch, i) => {
        const mark = locals.next('m');
        return `${i > 0 ? `if(!${valid})` : ''}{const ${mark}=errs.length;${this.reportSubschema(branch, data, path, locals)}${valid}=errs.length===${mark};}`;
      });
      code += `{const ${before}=errs.length;let ${valid}=false;${branches.join('')}if(${valid})errs.length=${before};else ${error('anyOf', '{}')}}`;
    }
    const oneOf = schema.oneOf as Schema[] | undefined;
    if (oneOf) {
      // As ajv: branches run until a second one passes (the rest are not run, their errors not reported);
      // passingSchemas names the two that passed, or is null when none did.
      const [before, valid, passing] = [locals.next('n'), locals.next('o'), locals.next('s')];
      const branch = (i: number): string => {
        if (i === oneOf.length) return '';
        const [mark, passed] = [locals.next('m'), locals.next('b')];
        const sub = oneOf[i]!;
        const run = alwaysValid(sub) ? `const ${passed}=true;` : `const ${mark}=errs.length;${this.reportSubschema(sub, data, path, locals)}const ${passed}=errs.length===${mark};`;
        const pass = `if(${passed}){${valid}=true;${passing}=${i}}`;
        if (i === 0) return `{${run}${pass}}${branch(1)}`;
        return `{${run}if(${passed}&&${valid}){${valid}=false;${passing}=[${passing},${i}]}else{${pass}${branch(i + 1)}}}`;
      };
      code += `{const ${before}=errs.length;let ${valid}=false,${passing}=null;${branch(0)}if(${valid})errs.length=${before};else ${error('oneOf', `{passingSchemas:${passing}}`)}}`;
    }
    for (const branch of (schema.allOf as Schema[] | undefined) ?? []) code += this.reportSubschema(branch, data, path, locals);
    for (const group of usedGroups) {
      const body = this.reportGroup(schema, group, data, path, locals);
      if (types.length === 1 && types[0] === group && !upFront) code += `if(${groupTest(group, data)}){${body}}else ${typeError}`;
      else if (body !== '') code += `if(${groupTest(group, data)}){${body}}`;
    }
    return code;
  }

  private reportGroup(schema: SchemaObject, group: Group, data: string, path: string, locals: Locals): string {
    const error = (keyword: string, params: string, at = path): string => `E(${at},${literal(keyword)},${params});`;
    let code = '';
    for (const keyword of GROUP_KEYWORDS[group]) {
      const value = schema[keyword];
      if (value === undefined) continue;
      const failure = this.simpleFailure(schema, keyword, group, data);
      if (failure !== undefined) {
        if (failure === '') continue;
        const limit = LIMITS[keyword];
        const params =
          keyword === 'format'
            ? `{format:${literal(value)}}`
            : keyword === 'pattern'
              ? `{pattern:${literal(value)}}`
              : keyword === 'multipleOf'
                ? `{multipleOf:${literal(value)}}`
                : limit!.params === 'comparison'
                  ? `{comparison:${literal(limit!.comparison)},limit:${literal(value)}}`
                  : `{limit:${literal(value)}}`;
        code += `if(${failure})${error(keyword, params)}`;
        continue;
      }
      if (keyword === 'items') {
        const items = value as Schema;
        if (alwaysValid(items)) continue;
        const i = locals.next('i');
        const item = locals.next('v');
        code += `for(let ${i}=0;${i}<${data}.length;${i}++){const ${item}=${data}[${i}];${this.reportSubschema(items, item, `${path}+"/"+${i}`, locals)}}`;
      } else if (keyword === 'required') {
        for (const name of value as string[]) {
          code += `if(${data}${access(name)}===undefined)${error('required', `{missingProperty:${literal(name)}}`)}`;
        }
      } else if (keyword === 'additionalProperties') {
        const additional = value as Schema;
        if (alwaysValid(additional)) continue;
        const key = locals.next('k');
        let onAdditional: string;
        if (additional === false) {
          onAdditional = `{${error('additionalProperties', `{additionalProperty:${key}}`)}}`;
        } else {
          this.escapesKeys = true;
          const item = locals.next('v');
          onAdditional = `{const ${item}=${data}[${key}];${this.reportSubschema(additional, item, `${path}+"/"+esc(${key})`, locals)}}`;
        }
        code += `for(const ${key} in ${data})${this.ifAdditional(schema, key, onAdditional)}`;
      } else if (keyword === 'properties') {
        for (const name of propertyNames(schema)) {
          const property = schema.properties![name]!;
          if (alwaysValid(property)) continue;
          const item = locals.next('v');
          code += `{const ${item}=${data}${access(name)};if(${item}!==undefined){${this.reportSubschema(property, item, `${path}+${literal(pointerToken(name))}`, locals)}}}`;
        }
      }
    }
    return code;
  }

  // --- shared by both modes ----------------------------------------------------------------------------

  /**
   * The failure test of a keyword that needs no subschema ('' when it cannot fail, as an unchecked
   * format), or undefined for the keywords that do (items, required, properties, ...).
   */
  private simpleFailure(schema: SchemaObject, keyword: string, group: Group, data: string): string | undefined {
    const value = schema[keyword];
    const limit = LIMITS[keyword];
    if (limit) {
      const measure =
        group === 'string' ? `${this.runtime('ucs2length')}(${data})` : group === 'array' ? `${data}.length` : group === 'object' ? `Object.keys(${data}).length` : data;
      return `${measure}${limit.fails}${literal(value)}`;
    }
    if (keyword === 'multipleOf') return value === 0 ? 'true' : `${data}/${literal(value)}!==parseInt(${data}/${literal(value)})`;
    if (keyword === 'pattern') return `!${this.pattern(value as string)}.test(${data})`;
    if (keyword === 'format') {
      const format = this.options.formats[value as string];
      // A format without a check, or one for another type, is an annotation here (as ajv compiled it).
      if (!format || format.type !== group) return '';
      this.usedFormats.add(format.check);
      return `!${format.check}(${data})`;
    }
    return undefined;
  }

  private differs(data: string, value: unknown): string {
    return typeof value === 'object' && value !== null ? `!${this.runtime('equal')}(${data},${literal(value)})` : `${data}!==${literal(value)}`;
  }

  private isMember(data: string, members: readonly JsonValue[]): string {
    return members
      .map((member) => (typeof member === 'object' && member !== null ? `${this.runtime('equal')}(${data},${literal(member)})` : `${data}===${literal(member)}`))
      .join('||');
  }

  /** `onAdditional` guarded to run for keys `properties` does not list. */
  private ifAdditional(schema: SchemaObject, key: string, onAdditional: string): string {
    const names = propertyNames(schema);
    if (names.length === 0) return onAdditional;
    return `switch(${key}){${names.map((name) => `case ${literal(name)}:`).join('')}break;default:${onAdditional}}`;
  }

  private pattern(source: string): string {
    let name = this.patterns.get(source);
    if (!name) {
      name = `R${this.patterns.size}`;
      this.patterns.set(source, name);
    }
    return name;
  }

  private runtime(helper: 'ucs2length' | 'equal'): string {
    this.usedRuntime.add(helper);
    return helper;
  }

  module(roots: readonly ValidatorRoot[]): string {
    const { mode, imports, header } = this.options;
    const exports = roots.map((root) => ({ exportName: root.exportName, name: this.functionFor(root.schema, mode) }));
    const lines = [header];
    if (this.usedFormats.size > 0) lines.push(`import { ${[...this.usedFormats].sort().join(', ')} } from ${literal(imports.formats)};`);
    if (this.usedRuntime.size > 0) lines.push(`import { ${[...this.usedRuntime].sort().join(', ')} } from ${literal(imports.runtime)};`);
    for (const [source, name] of this.patterns) lines.push(`const ${name} = /* @__PURE__ */ new RegExp(${literal(source)}, "u");`);
    if (mode === 'report') {
      lines.push(
        '/** The errors of the validation under way; report() hands them to the validator that asked. */',
        'let errs = [];',
        'function E(instancePath, keyword, params) { errs.push({ instancePath, keyword, params }); }',
        'function report(validator, validate, data) { errs = []; validate(data, ""); const found = errs; errs = []; validator.errors = found.length === 0 ? null : found; return found.length === 0; }',
      );
      if (this.escapesKeys) lines.push('const esc = (key) => key.replace(/~/g, "~0").replace(/\\//g, "~1");');
    }
    lines.push(...[...this.functions.values()].map((entry) => entry.code));
    if (mode === 'check') {
      lines.push(`export { ${exports.map((entry) => `${entry.name} as ${entry.exportName}`).join(', ')} };`);
    } else {
      lines.push(...exports.map((entry) => `export function ${entry.exportName}(d) { return report(${entry.exportName}, ${entry.name}, d); }`));
    }
    return `${lines.join('\n')}\n`;
  }
}

/** One module with a validator export per root schema. */
export function writeValidatorModule(roots: readonly ValidatorRoot[], options: ValidatorModuleOptions): string {
  for (const root of roots) assertSupported(root.schema, root.exportName);
  return new ModuleWriter(options).module(roots);
}
