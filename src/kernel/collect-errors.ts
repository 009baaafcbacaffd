// Every error of a value against a validation schema, in the order ajv reports them with allErrors
// (draft-07 `Ajv` class, strictNumbers, the package's format checks), as { instancePath, keyword, params }.
// It runs only to explain a refusal, or in strict mode where known-fields.ts cannot tell whether a field
// is unknown, so it reads the schemas as data instead of carrying generated code for every event: each
// schema object is turned into a small function the first time it is met (one per keyword, from the
// table below, in ajv's order), and kept for the next value.
// Collecting stops once the sink holds `limit` errors, so a refusal costs what the first errors cost,
// however many more the value holds. test/validators/ proves it equals ajv, over the document's events
// and over random schemas.
import { equal, ucs2length } from './ajv-runtime.js';
import type { CompiledValidatorError } from './compiled-validator.js';
import { duplicateItems } from './duplicate-items.js';
import { formatRule } from './formats.js';
import { escapePointerToken } from './json-pointer.js';
import {
  GROUP_KEYWORDS,
  isAlwaysValid,
  JSON_TYPE_TESTS,
  LIMITS,
  propertyNames,
  schemaMapKeys,
  typesOf,
  typeTestedFirst,
  UNTYPED_KEYWORDS,
  usedGroups,
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

/** Where reporters put errors, how many they may put, and which they leave out. */
export interface ErrorSink {
  readonly errors: CompiledValidatorError[];
  /** Collecting stops once `errors` holds this many. */
  readonly limit: number;
  /** Report the fields `additionalProperties: false` refuses; when false they are left out (where no branch depends on them). */
  readonly unknownFields: boolean;
  /** A value that fails a schema's type gets that type error alone, without the schema's const or enum error. */
  readonly wrongTypeAlone: boolean;
  /** How many anyOf/oneOf/not branches are being tried around the current value. */
  branches: number;
}

/** Pushes the errors of `value`, found at `path`, into `sink`. */
type Reporter = (value: unknown, path: Path, sink: ErrorSink) => void;
type Test = (value: unknown) => boolean;

const pointer = (path: Path): string => {
  let joined = '';
  for (const token of path) joined += typeof token === 'number' ? `/${token}` : token;
  return joined;
};
const isFull = (sink: ErrorSink): boolean => sink.errors.length >= sink.limit;

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
const falseSchema: Reporter = (_value, path, sink) => {
  sink.errors.push({ instancePath: pointer(path), keyword: 'false schema', params: {} });
};
const reporters = new WeakMap<SchemaObject, Reporter>();

/** Runs `steps` in order, until the sink is full. */
function sequence(steps: Reporter[]): Reporter {
  if (steps.length === 0) return nothing;
  if (steps.length === 1) return steps[0]!;
  return (value, path, sink) => {
    for (const step of steps) {
      if (isFull(sink)) return;
      step(value, path, sink);
    }
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

/** Whether `value` passes `report`, found with a sink of its own that stops at the first error. */
function passes(report: Reporter, value: unknown, path: Path, sink: ErrorSink): boolean {
  const own: ErrorSink = { ...sink, errors: [], limit: 1, branches: sink.branches + 1 };
  report(value, path, own);
  return own.errors.length === 0;
}

/**
 * Runs one branch of anyOf/oneOf into the sink while there is room (its errors are kept if no branch
 * passes), or alone once the sink is full (only its verdict still matters). True when it passed.
 */
function tryBranch(branch: Reporter, value: unknown, path: Path, sink: ErrorSink): boolean {
  if (isFull(sink)) return passes(branch, value, path, sink);
  const mark = sink.errors.length;
  sink.branches++;
  branch(value, path, sink);
  sink.branches--;
  return sink.errors.length === mark;
}

/** The errors of failed branches are kept, less the unknown fields the sink leaves out (they decided the branches). */
function keepBranchErrors(sink: ErrorSink, from: number): void {
  if (sink.unknownFields || sink.branches > 0) return;
  const { errors } = sink;
  let kept = from;
  for (let i = from; i < errors.length; i++)
    if (errors[i]!.keyword !== 'additionalProperties') errors[kept++] = errors[i]!;
  errors.length = kept;
}

/** What a keyword's reporter is built from. */
interface KeywordContext {
  readonly node: SchemaObject;
  readonly keyword: string;
  readonly setting: unknown;
  /** The type group whose values the reporter is given (undefined for keywords that apply to any value). */
  readonly group: KeywordGroup | undefined;
  /** Whether a value has the schema's type (true when the schema names none). */
  readonly hasType: Test;
}

type KeywordReporter = (context: KeywordContext) => Reporter | undefined;

const failure = (context: KeywordContext, path: Path, params: Record<string, unknown>): CompiledValidatorError => ({
  instancePath: pointer(path),
  keyword: context.keyword,
  params,
});

const isEqualTo = (expected: unknown): Test =>
  typeof expected === 'object' && expected !== null ? (value) => equal(value, expected) : (value) => value === expected;

/** A const or enum: `allowed` tests the value, `params` says what was allowed. */
const valueReporter = (context: KeywordContext, allowed: Test, params: Record<string, unknown>): Reporter => {
  return (value, path, sink) => {
    if (sink.wrongTypeAlone && !context.hasType(value)) return;
    if (!allowed(value)) sink.errors.push(failure(context, path, params));
  };
};

/** Reporters of a subschema that walk into the value: `child` is the part of `value` at `token`. */
const walkInto = (path: Path, token: string | number, child: unknown, report: Reporter, sink: ErrorSink): void => {
  path.push(token);
  report(child, path, sink);
  path.pop();
};

const keyToken = (key: string): string => `/${escapePointerToken(key)}`;

/** One reporter builder per keyword: the untyped ones, then those of each type group, as ajv orders them. */
const KEYWORDS: Readonly<Record<string, KeywordReporter>> = {
  const: (context) => valueReporter(context, isEqualTo(context.setting), { allowedValue: context.setting }),
  enum: (context) => {
    const members = (context.setting as unknown[]).map(isEqualTo);
    return valueReporter(context, (value) => members.some((matches) => matches(value)), {
      allowedValues: context.setting,
    });
  },
  not: (context) => {
    const report = reporterFor(context.setting as ValidationSchema);
    return (value, path, sink) => {
      if (passes(report, value, path, sink)) sink.errors.push(failure(context, path, {}));
    };
  },
  anyOf: (context) => {
    // Branches run until one passes; their errors are kept only if none does.
    const anyOf = context.setting as ValidationSchema[];
    if (anyOf.some(isAlwaysValid)) return undefined;
    const branches = anyOf.map(reporterFor);
    return (value, path, sink) => {
      const before = sink.errors.length;
      for (const branch of branches) {
        if (!tryBranch(branch, value, path, sink)) continue;
        sink.errors.length = before;
        return;
      }
      keepBranchErrors(sink, before);
      sink.errors.push(failure(context, path, {}));
    };
  },
  oneOf: (context) => {
    // Branches run until a second one passes; passingSchemas names the two, or is null when none passed.
    const branches = (context.setting as ValidationSchema[]).map(reporterFor);
    return (value, path, sink) => {
      const before = sink.errors.length;
      let passing: number | null = null;
      for (let i = 0; i < branches.length; i++) {
        if (!tryBranch(branches[i]!, value, path, sink)) continue;
        if (passing !== null) {
          keepBranchErrors(sink, before);
          sink.errors.push(failure(context, path, { passingSchemas: [passing, i] }));
          return;
        }
        passing = i;
      }
      if (passing !== null) {
        sink.errors.length = before;
        return;
      }
      keepBranchErrors(sink, before);
      sink.errors.push(failure(context, path, { passingSchemas: null }));
    };
  },
  allOf: (context) => sequence((context.setting as ValidationSchema[]).map(reporterFor)),
  // The keywords of LIMITS, written out: a call here would keep this table in bundles that never use it.
  maximum: limitReporter,
  minimum: limitReporter,
  exclusiveMaximum: limitReporter,
  exclusiveMinimum: limitReporter,
  maxLength: limitReporter,
  minLength: limitReporter,
  maxItems: limitReporter,
  minItems: limitReporter,
  maxProperties: limitReporter,
  minProperties: limitReporter,
  multipleOf: (context) => {
    const divisor = context.setting as number;
    return (value, path, sink) => {
      const quotient = (value as number) / divisor;
      if (divisor === 0 || quotient !== parseInt(String(quotient), 10))
        sink.errors.push(failure(context, path, { multipleOf: divisor }));
    };
  },
  pattern: (context) => {
    const pattern = new RegExp(context.setting as string, 'u');
    return (value, path, sink) => {
      if (!pattern.test(value as string)) sink.errors.push(failure(context, path, { pattern: context.setting }));
    };
  },
  format: (context) => {
    // A format without a check, or one for another type, is an annotation here (as ajv compiled it).
    const format = formatRule(context.setting);
    if (format === undefined || format.type !== context.group) return undefined;
    return (value, path, sink) => {
      if (!format.check(value as never)) sink.errors.push(failure(context, path, { format: context.setting }));
    };
  },
  items: (context) => {
    if (isAlwaysValid(context.setting as ValidationSchema)) return undefined;
    const items = reporterFor(context.setting as ValidationSchema);
    return (value, path, sink) => {
      const array = value as unknown[];
      for (let i = 0; i < array.length && !isFull(sink); i++) walkInto(path, i, array[i], items, sink);
    };
  },
  uniqueItems: (context) => {
    if (context.setting !== true) return undefined;
    const { items } = context.node;
    const itemTypes = typeof items === 'object' && items !== null ? typesOf(items as SchemaObject) : [];
    return (value, path, sink) => {
      const duplicate = duplicateItems(value as unknown[], itemTypes);
      if (duplicate) sink.errors.push(failure(context, path, { i: duplicate[0], j: duplicate[1] }));
    };
  },
  required: (context) => {
    const required = context.setting as string[];
    return (value, path, sink) => {
      for (const name of required) {
        if (isFull(sink)) return;
        if ((value as Record<string, unknown>)[name] === undefined)
          sink.errors.push(failure(context, path, { missingProperty: name }));
      }
    };
  },
  propertyNames: (context) => {
    // Each name is judged at the object's own path; a name that fails adds one error of its own.
    if (isAlwaysValid(context.setting as ValidationSchema)) return undefined;
    const name = reporterFor(context.setting as ValidationSchema);
    return (value, path, sink) => {
      for (const key in value as object) {
        if (isFull(sink)) return;
        const mark = sink.errors.length;
        name(key, path, sink);
        if (sink.errors.length !== mark) sink.errors.push(failure(context, path, { propertyName: key }));
      }
    };
  },
  additionalProperties: (context) => {
    const { node, setting } = context;
    if (isAlwaysValid(setting as ValidationSchema)) return undefined;
    const known = new Set(propertyNames(node));
    const patterns = schemaMapKeys(node.patternProperties).map((pattern) => new RegExp(pattern, 'u'));
    const additional = setting === false ? undefined : reporterFor(setting as ValidationSchema);
    return (value, path, sink) => {
      if (!additional && !sink.unknownFields && sink.branches === 0) return;
      for (const key in value as object) {
        if (isFull(sink)) return;
        if (known.has(key) || patterns.some((pattern) => pattern.test(key))) continue;
        if (additional) walkInto(path, keyToken(key), (value as Record<string, unknown>)[key], additional, sink);
        else sink.errors.push(failure(context, path, { additionalProperty: key }));
      }
    };
  },
  properties: (context) => {
    const map = context.setting as Record<string, ValidationSchema>;
    const properties = propertyNames(context.node)
      .filter((name) => !isAlwaysValid(map[name]!))
      .map((name) => ({ name, token: keyToken(name), report: reporterFor(map[name]!) }));
    return (value, path, sink) => {
      for (const { name, token, report } of properties) {
        if (isFull(sink)) return;
        const child = (value as Record<string, unknown>)[name];
        if (child !== undefined) walkInto(path, token, child, report, sink);
      }
    };
  },
  patternProperties: (context) => {
    const map = context.setting as Record<string, ValidationSchema>;
    const patterns = schemaMapKeys(map)
      .filter((pattern) => !isAlwaysValid(map[pattern]!))
      .map((pattern) => ({ test: new RegExp(pattern, 'u'), report: reporterFor(map[pattern]!) }));
    if (patterns.length === 0) return undefined;
    return (value, path, sink) => {
      for (const { test, report } of patterns) {
        for (const key in value as object) {
          if (isFull(sink)) return;
          if (test.test(key)) walkInto(path, keyToken(key), (value as Record<string, unknown>)[key], report, sink);
        }
      }
    };
  },
};

/** maximum, minLength, maxItems, ...: a measure of the value compared with the setting, worded as ajv does. */
function limitReporter(context: KeywordContext): Reporter {
  const limit = LIMITS[context.keyword]!;
  const [measure, fails, bound] = [MEASURES[context.group!], FAILS[limit.fails]!, context.setting as number];
  const params = limit.comparison ? { comparison: limit.comparison, limit: bound } : { limit: bound };
  return (value, path, sink) => {
    if (fails(measure(value as never), bound)) sink.errors.push(failure(context, path, params));
  };
}

/** The reporters of `keywords` that `node` uses, for values of `group` (or any value). */
function keywordSteps(
  node: SchemaObject,
  keywords: readonly string[],
  group: KeywordGroup | undefined,
  hasType: Test,
): Reporter[] {
  const found: Reporter[] = [];
  for (const keyword of keywords) {
    const setting = node[keyword];
    if (setting === undefined) continue;
    const reporter = KEYWORDS[keyword]!({ node, keyword, setting, group, hasType });
    if (reporter) found.push(reporter);
  }
  return found;
}

/** One reporter per keyword of the schema, in the order ajv applies them. */
function steps(node: SchemaObject): Reporter[] {
  const types = typesOf(node);
  const groups = usedGroups(node);
  const typeFirst = typeTestedFirst(types, groups);
  const typeTests = types.map((type) => JSON_TYPE_TESTS[type]);
  const hasType: Test = typeTests.length === 0 ? () => true : (value) => typeTests.some((test) => test(value));
  const typeError = (path: Path): CompiledValidatorError => ({
    instancePath: pointer(path),
    keyword: 'type',
    params: { type: node.type },
  });
  const found: Reporter[] = [];
  if (typeFirst) {
    found.push((value, path, sink) => {
      if (!hasType(value)) sink.errors.push(typeError(path));
    });
  }
  found.push(...keywordSteps(node, UNTYPED_KEYWORDS, undefined, hasType));
  for (const group of groups) {
    const inGroup = JSON_TYPE_TESTS[group];
    const body = sequence(keywordSteps(node, GROUP_KEYWORDS[group], group, hasType));
    // A single type with keywords of its own group is tested as that group's `else`.
    const typeElse = types.length === 1 && types[0] === group && !typeFirst;
    found.push((value, path, sink) => {
      if (inGroup(value)) body(value, path, sink);
      else if (typeElse) sink.errors.push(typeError(path));
    });
  }
  return found;
}

/** Collects the errors of `value` (found at `path`, a JSON Pointer) against `schema` into `sink`. */
export function collectErrors(schema: ValidationSchema, value: unknown, path: string, sink: ErrorSink): void {
  reporterFor(schema)(value, path === '' ? [] : [path], sink);
}
