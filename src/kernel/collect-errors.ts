// Every error of a value against a validation schema, in the order ajv reports them with allErrors
// (draft-07 `Ajv` class, strictNumbers, the package's format checks), as { instancePath, keyword, params }.
// It runs only to explain a refusal, or in strict mode, so it reads the schemas as data instead of
// carrying generated code for every event: each schema object is turned into a small function the first
// time it is met (a closure per keyword, in ajv's order), and that function is kept for the next value.
// test/validators/ proves it equals ajv, over the document's events and over random schemas.
import { formatRule } from './formats.js';
import { escapePointerToken } from './json-pointer.js';
import { equal, ucs2length } from './ajv-runtime.js';
import type { CompiledValidatorError } from './compiled-validator.js';
import { duplicateItems } from './duplicate-items.js';
import {
  GROUP_KEYWORDS,
  isAlwaysValid,
  JSON_TYPE_TESTS,
  LIMITS,
  propertyNames,
  schemaMapKeys,
  typesOf,
  typeTestedFirst,
  usedGroups,
  type JsonType,
  type KeywordGroup,
  type ValidationSchema,
} from './schema-keywords.js';

type SchemaObject = { readonly [keyword: string]: unknown };
/**
 * Where a value is: the JSON Pointer tokens from the root, a number for an array index. Kept as one
 * stack that reporters push to and pop from, and joined only when an error is reported, so a valid
 * value (strict mode's common case) builds no path strings.
 */
type Path = (string | number)[];
/** Pushes the errors of `value`, found at `path`, onto `errors`. */
type Reporter = (value: unknown, path: Path, errors: CompiledValidatorError[]) => void;

const pointer = (path: Path): string => {
  let joined = '';
  for (const token of path) joined += typeof token === 'number' ? `/${token}` : token;
  return joined;
};
type Test = (value: unknown) => boolean;

const TYPE_TESTS = JSON_TYPE_TESTS;

const MEASURES: Readonly<Record<KeywordGroup, (value: never) => number>> = {
  number: (value: number) => value,
  string: (value: string) => ucs2length(value),
  array: (value: unknown[]) => value.length,
  object: (value: object) => Object.keys(value).length,
};

const FAILS: Readonly<Record<string, (measure: number, limit: number) => boolean>> = {
  '>': (measure, limit) => measure > limit,
  '<': (measure, limit) => measure < limit,
  '>=': (measure, limit) => measure >= limit,
  '<=': (measure, limit) => measure <= limit,
};

const nothing: Reporter = () => {};
const falseSchema: Reporter = (_value, path, errors) => {
  errors.push({ instancePath: pointer(path), keyword: 'false schema', params: {} });
};
const reporters = new WeakMap<SchemaObject, Reporter>();

/** The value's validity against `schema` (for `not`, whose subschema reports no errors of its own). */
function validity(schema: ValidationSchema): Test {
  const report = reporterFor(schema);
  return (value) => {
    const errors: CompiledValidatorError[] = [];
    report(value, [], errors);
    return errors.length === 0;
  };
}

const isEqualTo = (expected: unknown): Test => (typeof expected === 'object' && expected !== null ? (value) => equal(value, expected) : (value) => value === expected);

/** Runs `steps` in order. */
function sequence(steps: Reporter[]): Reporter {
  if (steps.length === 0) return nothing;
  if (steps.length === 1) return steps[0]!;
  return (value, path, errors) => {
    for (const step of steps) step(value, path, errors);
  };
}

function reporterFor(schema: ValidationSchema): Reporter {
  if (typeof schema === 'boolean' || isAlwaysValid(schema)) return schema === false ? falseSchema : nothing;
  let reporter = reporters.get(schema);
  if (!reporter) {
    reporter = sequence(steps(schema));
    reporters.set(schema, reporter);
  }
  return reporter;
}

/** One reporter per keyword of the schema, in the order ajv applies them. */
function steps(node: SchemaObject): Reporter[] {
  const found: Reporter[] = [];
  const types = typesOf(node);
  const groups = usedGroups(node);
  const typeFirst = typeTestedFirst(types, groups);
  const typeTests = types.map((type) => TYPE_TESTS[type]);
  const hasType: Test = typeTests.length === 1 ? typeTests[0]! : (value) => typeTests.some((test) => test(value));
  const typeError = (path: Path): CompiledValidatorError => ({ instancePath: pointer(path), keyword: 'type', params: { type: node.type } });
  if (typeFirst) {
    found.push((value, path, errors) => {
      if (!hasType(value)) errors.push(typeError(path));
    });
  }
  if (node.const !== undefined) {
    const matches = isEqualTo(node.const);
    found.push((value, path, errors) => {
      if (!matches(value)) errors.push({ instancePath: pointer(path), keyword: 'const', params: { allowedValue: node.const } });
    });
  }
  if (node.enum) {
    const members = (node.enum as unknown[]).map(isEqualTo);
    found.push((value, path, errors) => {
      if (!members.some((matches) => matches(value))) errors.push({ instancePath: pointer(path), keyword: 'enum', params: { allowedValues: node.enum } });
    });
  }
  if (node.not !== undefined) {
    const valid = validity(node.not as ValidationSchema);
    found.push((value, path, errors) => {
      if (valid(value)) errors.push({ instancePath: pointer(path), keyword: 'not', params: {} });
    });
  }
  const anyOf = node.anyOf as ValidationSchema[] | undefined;
  if (anyOf && !anyOf.some(isAlwaysValid)) {
    // Branches run until one passes; their errors are kept only if none does.
    const branches = anyOf.map(reporterFor);
    found.push((value, path, errors) => {
      const before = errors.length;
      for (const branch of branches) {
        const mark = errors.length;
        branch(value, path, errors);
        if (errors.length === mark) {
          errors.length = before;
          return;
        }
      }
      errors.push({ instancePath: pointer(path), keyword: 'anyOf', params: {} });
    });
  }
  const oneOf = node.oneOf as ValidationSchema[] | undefined;
  if (oneOf) {
    // Branches run until a second one passes; passingSchemas names the two, or is null when none passed.
    const branches = oneOf.map(reporterFor);
    found.push((value, path, errors) => {
      const before = errors.length;
      let passing: unknown = null;
      for (let i = 0; i < branches.length; i++) {
        const mark = errors.length;
        branches[i]!(value, path, errors);
        if (errors.length !== mark) continue;
        if (passing !== null) {
          errors.push({ instancePath: pointer(path), keyword: 'oneOf', params: { passingSchemas: [passing, i] } });
          return;
        }
        passing = i;
      }
      if (passing !== null) errors.length = before;
      else errors.push({ instancePath: pointer(path), keyword: 'oneOf', params: { passingSchemas: null } });
    });
  }
  for (const branch of (node.allOf as ValidationSchema[] | undefined) ?? []) found.push(reporterFor(branch));
  for (const group of groups) {
    const inGroup = TYPE_TESTS[group];
    const body = sequence(groupSteps(node, group));
    const typeElse = types.length === 1 && types[0] === group && !typeFirst;
    found.push((value, path, errors) => {
      if (inGroup(value)) body(value, path, errors);
      else if (typeElse) errors.push(typeError(path));
    });
  }
  return found;
}

/** The reporters of the keywords of one type group; they run only on values of that type. */
function groupSteps(node: SchemaObject, group: KeywordGroup): Reporter[] {
  const found: Reporter[] = [];
  for (const keyword of GROUP_KEYWORDS[group]) {
    const setting = node[keyword];
    if (setting === undefined) continue;
    const fail = (path: Path, params: Record<string, unknown>): CompiledValidatorError => ({ instancePath: pointer(path), keyword, params });
    const limit = LIMITS[keyword];
    if (limit) {
      const [measure, fails, bound] = [MEASURES[group], FAILS[limit.fails]!, setting as number];
      const params = (): Record<string, unknown> => (limit.comparison ? { comparison: limit.comparison, limit: bound } : { limit: bound });
      found.push((value, path, errors) => {
        if (fails(measure(value as never), bound)) errors.push(fail(path, params()));
      });
    } else if (keyword === 'multipleOf') {
      const divisor = setting as number;
      found.push((value, path, errors) => {
        const quotient = (value as number) / divisor;
        if (divisor === 0 || quotient !== parseInt(String(quotient))) errors.push(fail(path, { multipleOf: divisor }));
      });
    } else if (keyword === 'pattern') {
      const pattern = new RegExp(setting as string, 'u');
      found.push((value, path, errors) => {
        if (!pattern.test(value as string)) errors.push(fail(path, { pattern: setting }));
      });
    } else if (keyword === 'format') {
      // A format without a check, or one for another type, is an annotation here (as ajv compiled it).
      const format = formatRule(setting);
      if (format?.type !== group) continue;
      found.push((value, path, errors) => {
        if (!format.check(value as never)) errors.push(fail(path, { format: setting }));
      });
    } else if (keyword === 'items') {
      if (isAlwaysValid(setting as ValidationSchema)) continue;
      const items = reporterFor(setting as ValidationSchema);
      found.push((value, path, errors) => {
        const array = value as unknown[];
        for (let i = 0; i < array.length; i++) {
          path.push(i);
          items(array[i], path, errors);
          path.pop();
        }
      });
    } else if (keyword === 'propertyNames') {
      // Each name is judged at the object's own path; a name that fails adds one error of its own.
      if (isAlwaysValid(setting as ValidationSchema)) continue;
      const name = reporterFor(setting as ValidationSchema);
      found.push((value, path, errors) => {
        for (const key in value as object) {
          const mark = errors.length;
          name(key, path, errors);
          if (errors.length !== mark) errors.push(fail(path, { propertyName: key }));
        }
      });
    } else if (keyword === 'patternProperties') {
      const map = setting as Record<string, ValidationSchema>;
      const patterns = schemaMapKeys(map)
        .filter((pattern) => !isAlwaysValid(map[pattern]!))
        .map((pattern) => ({ test: new RegExp(pattern, 'u'), report: reporterFor(map[pattern]!) }));
      if (patterns.length === 0) continue;
      found.push((value, path, errors) => {
        for (const { test, report } of patterns) {
          for (const key in value as object) {
            if (!test.test(key)) continue;
            path.push(`/${escapePointerToken(key)}`);
            report((value as Record<string, unknown>)[key], path, errors);
            path.pop();
          }
        }
      });
    } else if (keyword === 'uniqueItems') {
      if (setting !== true) continue;
      const itemTypes = typeof node.items === 'object' && node.items !== null ? typesOf(node.items as SchemaObject) : [];
      found.push((value, path, errors) => {
        const duplicate = duplicateItems(value as unknown[], itemTypes);
        if (duplicate) errors.push(fail(path, { i: duplicate[0], j: duplicate[1] }));
      });
    } else if (keyword === 'required') {
      const required = setting as string[];
      found.push((value, path, errors) => {
        for (const name of required) {
          if ((value as Record<string, unknown>)[name] === undefined) errors.push(fail(path, { missingProperty: name }));
        }
      });
    } else if (keyword === 'additionalProperties') {
      if (isAlwaysValid(setting as ValidationSchema)) continue;
      const known = new Set(propertyNames(node));
      const patterns = schemaMapKeys(node.patternProperties).map((pattern) => new RegExp(pattern, 'u'));
      const additional = setting === false ? undefined : reporterFor(setting as ValidationSchema);
      found.push((value, path, errors) => {
        for (const key in value as object) {
          if (known.has(key) || patterns.some((pattern) => pattern.test(key))) continue;
          if (!additional) errors.push(fail(path, { additionalProperty: key }));
          else {
            path.push(`/${escapePointerToken(key)}`);
            additional((value as Record<string, unknown>)[key], path, errors);
            path.pop();
          }
        }
      });
    } else if (keyword === 'properties') {
      const map = setting as Record<string, ValidationSchema>;
      const properties = propertyNames(node)
        .filter((name) => !isAlwaysValid(map[name]!))
        .map((name) => ({ name, token: `/${escapePointerToken(name)}`, report: reporterFor(map[name]!) }));
      found.push((value, path, errors) => {
        for (const { name, token, report } of properties) {
          const child = (value as Record<string, unknown>)[name];
          if (child === undefined) continue;
          path.push(token);
          report(child, path, errors);
          path.pop();
        }
      });
    }
  }
  return found;
}

export function collectErrors(schema: ValidationSchema, value: unknown, path: string, errors: CompiledValidatorError[]): void {
  reporterFor(schema)(value, path === '' ? [] : [path], errors);
}
