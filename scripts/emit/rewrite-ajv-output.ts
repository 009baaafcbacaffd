// The transformations that turn ajv's standalone output (allErrors: false) into the check module: a bare
// verdict, ESM imports of the kernel, no error objects. Each one is named and checked: it must find the
// shape it expects wherever ajv wrote that construct, and a loose detector of the construct must find
// nothing left after it ran. When an ajv upgrade changes its output, generation stops with the rewrite's
// name instead of shipping half-rewritten code. ajv is pinned exactly in package.json for that reason;
// test/validators/ajv-output-shape.test.ts proves each rewrite fires on today's output and fails by name.

export class AjvOutputShapeError extends Error {
  constructor(
    readonly rewrite: string,
    detail: string,
  ) {
    super(
      `ajv's standalone output changed shape: rewrite "${rewrite}" ${detail} (ajv is pinned in package.json; check this rewrite against the new output)`,
    );
    this.name = 'AjvOutputShapeError';
  }
}

/** What the rewrites collect on the way: the kernel exports the module must import, by local name. */
export interface RewriteState {
  /** ajv runtime helper name -> the kernel's export name. */
  readonly runtimeHelpers: Readonly<Record<string, string>>;
  /** Format name -> the kernel's export name of its check. */
  readonly formatChecks: Readonly<Record<string, string>>;
  /** Local name in the module -> kernel export. */
  readonly imports: Map<string, string>;
  /** The kernel exports of the format checks that every integer passes (FormatRule.passesEveryInteger). */
  readonly passEveryInteger: ReadonlySet<string>;
}

export interface AjvOutputRewrite {
  readonly name: string;
  /** True when ajv writes this construct into every module, so finding none means the shape changed. */
  readonly always: boolean;
  /** Returns the rewritten code and how many places it rewrote. */
  apply(code: string, state: RewriteState): { code: string; count: number };
  /** A loose detector of the construct (or a function finding it, -1 for none): after the rewrite it must find nothing. */
  readonly leftover: RegExp | ((code: string, state: RewriteState) => number);
}

/** A rewrite of every match of `pattern` (global) by `replace`. */
function replaceAll(pattern: RegExp, replace: (state: RewriteState, groups: (string | undefined)[]) => string) {
  return (code: string, state: RewriteState): { code: string; count: number } => {
    let count = 0;
    const out = code.replace(pattern, (...args: unknown[]) => {
      count++;
      // replace() passes the match, its groups, then the offset (the first number).
      const groups = args.slice(
        1,
        args.findIndex((arg) => typeof arg === 'number'),
      ) as (string | undefined)[];
      return replace(state, groups);
    });
    return { code: out, count };
  };
}

/** The index just past the bracketed group that opens at `start` (strings respected). */
export function closingIndex(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new AjvOutputShapeError('brackets', 'found an unbalanced bracket');
}

/** A rewrite of each `<marker><bracketed group>` (the marker ends with the opening bracket). */
function replaceGroups(marker: RegExp, replace: (group: string) => string) {
  return (code: string): { code: string; count: number } => {
    let out = '';
    let from = 0;
    let count = 0;
    for (const match of code.matchAll(marker)) {
      if (match.index < from) continue;
      const end = closingIndex(code, match.index + match[0].length - 1);
      const group = code.slice(match.index, end);
      const replaced = replace(group);
      out += code.slice(from, match.index) + replaced;
      from = end;
      if (replaced !== group) count++;
    }
    return { code: out + code.slice(from), count };
  };
}

/**
 * A validator with no composition (anyOf, oneOf, not) never lowers its error count: ajv resets the count
 * only when a composition's branch fails and another is tried, and such a validator keeps its error list
 * (`vErrors`) for that. In every other validator the count only rises, and the verdict is `errors === 0`.
 */
const isCountingValidator = (fn: string): boolean => /\bvErrors\b/.test(fn);

/** A rewrite of each validator without compositions (see isCountingValidator). */
function eachPlainValidator(transform: (fn: string) => string) {
  return replaceGroups(/function validate\d+\(data\)\{/g, (fn) => (isCountingValidator(fn) ? fn : transform(fn)));
}

/** `code` with `map` applied to each stretch outside its string literals (ajv writes every string in "..."). */
function outsideStrings(code: string, map: (stretch: string) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] !== '"') continue;
    out += map(code.slice(from, i));
    const start = i;
    for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    out += code.slice(start, i + 1);
    from = i + 1;
  }
  return out + map(code.slice(from));
}

/** `code` with the contents of its string literals blanked (same length), for detectors to search. */
const blankStrings = (code: string): string =>
  code.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => `"${' '.repeat(literal.length - 2)}"`);

/** Each validator function of the module (after `signatures`), with where it starts. */
function* validatorFunctions(code: string): Generator<{ at: number; fn: string }> {
  for (const match of code.matchAll(/function validate\d+\(data\)\{/g)) {
    yield { at: match.index, fn: code.slice(match.index, closingIndex(code, match.index + match[0].length - 1)) };
  }
}

/**
 * A leftover detector: where `pattern` still occurs, outside strings, in a validator without compositions,
 * or -1. With `asWritten`, strings are searched too, for a pattern that holds one of ajv's own literals.
 */
function inPlainValidator(pattern: RegExp, asWritten = false) {
  return (code: string): number => {
    for (const { at, fn } of validatorFunctions(code)) {
      if (isCountingValidator(fn)) continue;
      const found = (asWritten ? fn : blankStrings(fn)).search(pattern);
      if (found !== -1) return at + found;
    }
    return -1;
  };
}

/**
 * Applies each [pattern, replacement] in turn, outside string literals (an enum value may hold any text).
 * The patterns' names (`errors`, `validN`, ...) are ajv's locals: `(?<![.\w$])` keeps a field of the
 * same name (`data.errors`) out of them.
 */
const replaceEach = (code: string, rules: readonly (readonly [RegExp, string])[]): string =>
  outsideStrings(code, (stretch) =>
    rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), stretch),
  );

/** ajv's local `name` (a regular expression source), not a field of that name: not after `.`, `$` or a word character. */
const local = (name: string): string => `(?<![.\\w$])${name}\\b`;

/** A value ajv tests: a local (`data3`, `item0`), or one of its properties by name (`data.event_ts`). */
const VALUE = '[A-Za-z_$][\\w$]*(?:\\.[\\w$]+)*';

/**
 * ajv's integer test of a value (its `type: "integer"`), refusing: `if(!(<typeof, % 1, isNaN, isFinite>)){return false;}`,
 * with the value captured as group number `group` of the whole expression.
 */
const integerRefusal = (group: number): string =>
  `if\\(!\\(\\(\\(typeof (${VALUE}) == "number"\\) && \\(!\\(\\${group} % 1\\) && !isNaN\\(\\${group}\\)\\)\\) && \\(isFinite\\(\\${group}\\)\\)\\)\\)\\{return false;\\}`;

/** An integer test's refusal, then a format check of the same value: the test, the value, the check's local. */
const IMPLIED_FORMAT_BLOCK = new RegExp(
  `(${integerRefusal(2)})` +
    `\\{if\\(\\(typeof \\2 == "number"\\) && \\(isFinite\\(\\2\\)\\)\\)\\{if\\(!\\((formats\\d+)\\(\\2\\)\\)\\)\\{return false;\\}\\}\\}`,
  'g',
);

/** ajv's `validN` flags, not a field of that name. */
const VALID_FLAG = new RegExp(local('valid\\d+'));

/** The forms ajv writes its `validN` flags in; in a validator without compositions each is set to true only. */
const CONSTANT_VALID_FLAGS = [
  [/else \{var valid\d+ = true;\}/g, ''],
  [/var valid\d+ = true;/g, ''],
  [/if\(valid\d+\)\{/g, '{'],
  [/if\(!valid\d+\)\{break;\}/g, ''],
] as const;

/** A value ajv tests for presence: `data`, `data3` and the property chains on them (`data.a`, `data["b-c"]`). */
const PRESENCE_TERM = /((?:data\d*)(?:\.[\w$]+|\["(?:[^"\\]|\\.)*"\])*) === undefined/g;

/**
 * Each required-properties check ajv writes as `if((V1 === undefined) || ...){return false;}else {...}`:
 * the values it tests (V1, ...) and where the else block, which runs only when all of them are present,
 * starts (its opening brace) and ends. `blanked` is blankStrings(code).
 */
function* requiredChecks(code: string, blanked: string): Generator<{ values: string[]; start: number; end: number }> {
  for (const match of blanked.matchAll(/(?<![\w$])if\(/g)) {
    const conditionEnd = closingIndex(code, match.index + 2);
    if (!code.startsWith('{return false;}else {', conditionEnd)) continue;
    const condition = code.slice(match.index + 3, conditionEnd - 1);
    const values = [...condition.matchAll(PRESENCE_TERM)].map((term) => term[1]!);
    if (values.length === 0 || condition.replace(PRESENCE_TERM, '').replace(/[()\s|]/g, '') !== '') continue;
    const start = conditionEnd + '{return false;}else '.length;
    yield { values, start, end: closingIndex(code, start) };
  }
}

/** Where `text` occurs in `code` between `from` and `to`, outside string literals (`blanked` is blankStrings(code)). */
function* occurrences(code: string, blanked: string, text: string, from: number, to: number): Generator<number> {
  const blankedText = blankStrings(text);
  for (let at = code.indexOf(text, from); at !== -1 && at + text.length <= to; at = code.indexOf(text, at + 1)) {
    if (blanked.startsWith(blankedText, at)) yield at;
  }
}

/**
 * Each test, inside the branch where every required property is present, that one of them is present:
 * where it is, and, when it is ajv's `if(V !== undefined){...}` with no else, the `if(...)` to remove.
 */
function* presenceTests(fn: string): Generator<{ at: number; removable?: { from: number; to: number } }> {
  const blanked = blankStrings(fn);
  for (const { values, start, end } of requiredChecks(fn, blanked)) {
    for (const value of values) {
      const test = `${value} !== undefined`;
      for (const at of occurrences(fn, blanked, test, start, end)) {
        const opens = at + test.length + 1; // the block's brace, if the test is `if(V !== undefined){`
        const isIf = fn.startsWith('if(', at - 3) && fn.startsWith('){', opens - 1);
        const removable = isIf && !fn.startsWith('else', closingIndex(fn, opens));
        yield removable ? { at, removable: { from: at - 3, to: opens } } : { at };
      }
    }
  }
}

/** Applies the rewrites in order, checking each; returns the code and each rewrite's count. */
export function rewriteAjvOutput(code: string, state: RewriteState): { code: string; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let out = code;
  for (const rewrite of AJV_OUTPUT_REWRITES) {
    const result = rewrite.apply(out, state);
    out = result.code;
    counts.set(rewrite.name, result.count);
    if (rewrite.always && result.count === 0 && /function validate\d+/.test(code)) {
      throw new AjvOutputShapeError(
        rewrite.name,
        'found nothing to rewrite, though ajv writes this construct into every module',
      );
    }
    const at = typeof rewrite.leftover === 'function' ? rewrite.leftover(out, state) : out.search(rewrite.leftover);
    if (at !== -1)
      throw new AjvOutputShapeError(rewrite.name, `left this unrewritten: ${out.slice(Math.max(0, at - 40), at + 80)}`);
  }
  return { code: out, counts };
}

export const AJV_OUTPUT_REWRITES: readonly AjvOutputRewrite[] = [
  {
    // ESM is strict anyway.
    name: 'strict-directive',
    always: true,
    apply: replaceAll(/^"use strict";/g, () => ''),
    leftover: /"use strict"/,
  },
  {
    // Debugging aids for code ajv evaluates itself; this code is a file.
    name: 'source-urls',
    always: true,
    apply: replaceAll(/\/\*# sourceURL="[^"]*" \*\/;?/g, () => ''),
    leftover: /sourceURL/,
  },
  {
    // ajv's runtime helpers (string length, deep equality) become imports of the kernel's copies.
    name: 'runtime-helper-requires',
    always: false,
    apply: replaceAll(
      /const (func\d+) = require\("ajv\/dist\/runtime\/(\w+)"\)\.default;/g,
      (state, [local, helper]) => {
        const name = state.runtimeHelpers[helper!];
        if (!name)
          throw new AjvOutputShapeError(
            'runtime-helper-requires',
            `needs ajv's runtime helper "${helper}", which the kernel does not provide`,
          );
        state.imports.set(local!, name);
        return '';
      },
    ),
    leftover: /\brequire\(/,
  },
  {
    // Each format ajv looks up in its `formats` object becomes an import of the kernel's check.
    name: 'format-constants',
    always: false,
    apply: replaceAll(
      /const (formats\d+) = formats(?:\.([\w$]+)|\["([^"]+)"\]);/g,
      (state, [local, dotted, quoted]) => {
        const format = (dotted ?? quoted)!;
        const check = state.formatChecks[format];
        if (!check)
          throw new AjvOutputShapeError(
            'format-constants',
            `references format "${format}", which has no check in the kernel`,
          );
        state.imports.set(local!, check);
        return '';
      },
    ),
    leftover: /=\s*formats\s*[.[]/,
  },
  {
    // The kernel's checks are plain functions, not ajv's { validate } format objects.
    name: 'format-calls',
    always: false,
    apply: replaceAll(/\b(formats\d+)\.validate\(/g, (_state, [local]) => `${local}(`),
    leftover: /\bformats\d+\s*\.\s*validate\b/,
  },
  {
    // The error object ajv attaches before returning false: only the verdict is used.
    name: 'error-lists',
    always: false,
    apply: replaceGroups(/validate\d+\.errors = \[/g, () => ''),
    leftover: /\bvalidate\d+\.errors\s*=\s*\[/,
  },
  {
    // What removing an error list leaves before its `return false`.
    name: 'empty-statements',
    always: false,
    apply: replaceAll(/([{;]);return false;/g, (_state, [before]) => `${before}return false;`),
    leftover: /[{;];/,
  },
  {
    // Inside compositions ajv counts errors in a list; the list's items need no content.
    name: 'error-objects',
    always: false,
    apply: replaceGroups(/const err\d+ = \{/g, (group) => `${/^const err\d+ = /.exec(group)![0]}{}`),
    leftover: /const err\d+\s*=\s*\{[^}]/,
  },
  {
    // A sub-validator call's second argument, the context for error paths.
    name: 'call-contexts',
    always: false,
    apply: replaceGroups(/validate\d+\(/g, (call) => {
      const context = call.search(/, \{instancePath[:,]/);
      return context === -1 ? call : `${call.slice(0, context)})`;
    }),
    leftover: /\{instancePath[:,]/,
  },
  {
    // A failing sub-validator only has to count: ajv compares error counts to steer.
    name: 'sub-validator-errors',
    always: false,
    apply: replaceAll(
      /\{vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;\}/g,
      () => '{errors++;}',
    ),
    leftover: /vErrors\.concat\(/,
  },
  {
    // Every validator's last statement publishes its error list, as does a failed composition's return.
    name: 'error-list-assignments',
    always: true,
    apply: replaceAll(
      /validate\d+\.errors = vErrors;return (errors === 0|false);/g,
      (_state, [verdict]) => `return ${verdict};`,
    ),
    leftover: /\bvalidate\d+\.errors\b/,
  },
  {
    // The context parameter, now never passed: its default destructuring ran on every call (profiled).
    name: 'signatures',
    always: true,
    apply: replaceAll(
      /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{/g,
      (_state, [name]) => `function ${name}(data){`,
    ),
    leftover: /(?<!["\w.$])(?:instancePath|parentDataProperty|parentData|rootData)\b/,
  },
  {
    // The error list itself, in validators whose code no longer touches it (all but compositions).
    name: 'unused-error-list',
    always: false,
    apply: replaceGroups(/function validate\d+\(data\)\{/g, (fn) => {
      const uses = fn.match(/\bvErrors\b/g)?.length ?? 0;
      return uses === 1 ? fn.replace('let vErrors = null;', '') : fn;
    }),
    leftover: (code) => {
      for (const { at, fn } of validatorFunctions(code)) if (fn.match(/\bvErrors\b/g)?.length === 1) return at;
      return -1;
    },
  },
  {
    // A failing sub-validator call counts an error, after which the validator can only return false: it
    // has no side effects and never lowers the count (no composition), so it returns false at once.
    name: 'failed-sub-validators',
    always: false,
    apply: eachPlainValidator((fn) =>
      outsideStrings(fn, (stretch) => stretch.replaceAll('{errors++;}', '{return false;}')),
    ),
    leftover: inPlainValidator(new RegExp(`${local('errors')}\\s*(?:\\+\\+|\\+=)`)),
  },
  {
    // Now the count is 0 wherever it is read: each comparison of it is true, and its snapshots go. This
    // removes dead code only (an optimising compiler removes it too): the module is 40 % smaller and
    // starts faster, and each check ajv wrote is left as written.
    name: 'error-count-bookkeeping',
    always: false,
    apply: eachPlainValidator((fn) =>
      replaceEach(fn, [
        [/let errors = 0;/g, ''],
        [/const _errs\d+ = errors;/g, ''],
        [new RegExp(`${local('_errs\\d+')} === errors\\b|${local('errors')} === (?:_errs\\d+|0)\\b`, 'g'), 'true'],
        [/if\(true\)\{/g, '{'],
      ]),
    ),
    leftover: inPlainValidator(new RegExp(local('(?:errors|_errs\\d+)'))),
  },
  {
    // With the count constant, every `validN` flag is true wherever it is tested: the tests and the flags
    // go. A validator that also sets a flag false (`items: false`) is left as written.
    name: 'constant-valid-flags',
    always: false,
    apply: eachPlainValidator((fn) => {
      const folded = replaceEach(fn, CONSTANT_VALID_FLAGS);
      return VALID_FLAG.test(blankStrings(folded)) ? fn : folded;
    }),
    // Left: a flag in a form neither folded nor known to be set false (`items: false` writes `validN = false`).
    leftover: (code) =>
      inPlainValidator(VALID_FLAG)(
        replaceEach(code, [...CONSTANT_VALID_FLAGS, [/var valid\d+ = false;/g, ''] as const]),
      ),
  },
  {
    // ajv notes the name of a missing required property for its error object; the verdict needs only the test.
    name: 'missing-property-names',
    always: false,
    apply: (code, state) => {
      const names = replaceAll(
        /\(\(((?:data\d*)(?:\.[\w$]+|\["(?:[^"\\]|\\.)*"\])*) === undefined\) && \(missing\d+ = "(?:[^"\\]|\\.)*"\)\)/g,
        (_state, [value]) => `(${value} === undefined)`,
      )(code, state);
      return { code: names.code.replace(/let missing\d+;/g, ''), count: names.count };
    },
    leftover: (code) => blankStrings(code).search(new RegExp(local('missing\\d+'))),
  },
  {
    // In the branch ajv takes once every required property is present, its test that such a property is
    // present before checking it (`if(data.a !== undefined){`) is always true: the test goes, its block
    // stays. Validators only read the data, so nothing in the branch can remove a property.
    name: 'present-required-properties',
    always: false,
    apply: (code) => {
      let count = 0;
      const rewritten = eachPlainValidator((fn) => {
        let out = '';
        let from = 0;
        const removals = [...presenceTests(fn)].flatMap(({ removable }) => (removable ? [removable] : []));
        for (const removal of removals.sort((x, y) => x.from - y.from)) {
          if (removal.from < from) continue;
          out += fn.slice(from, removal.from);
          from = removal.to;
          count++;
        }
        return out + fn.slice(from);
      })(code);
      return { code: rewritten.code, count };
    },
    // Left: a test that a required property is present, in the branch where it is, other than ajv's
    // `if(V !== undefined){...}` followed by an else (its validN flags, in a validator that sets one false).
    leftover: (code) => {
      for (const { at, fn } of validatorFunctions(code)) {
        if (isCountingValidator(fn)) continue;
        for (const test of presenceTests(fn)) {
          if (test.removable !== undefined || !fn.startsWith('if(', test.at - 3)) return at + test.at;
        }
      }
      return -1;
    },
  },
  {
    // A format check that every integer passes (int64), right after ajv's integer test of the same value,
    // is always true: the block goes, the test stays as ajv wrote it. (ajv writes the block as
    // `if(typeof v == "number" && isFinite(v))` around the call, because it applies a format to any value
    // of the format's type.)
    name: 'integer-implied-formats',
    always: false,
    apply: (code, state) => {
      let count = 0;
      const out = code.replace(IMPLIED_FORMAT_BLOCK, (match, test: string, _value: string, check: string) => {
        if (!state.passEveryInteger.has(state.imports.get(check) ?? '')) return match;
        count++;
        return test;
      });
      // A call left elsewhere (in a composition's branch) keeps its import.
      for (const check of [...state.imports.keys()]) {
        if (state.passEveryInteger.has(state.imports.get(check)!) && !new RegExp(`\\b${check}\\(`).test(out)) {
          state.imports.delete(check);
        }
      }
      return { code: out, count };
    },
    // Left: in a validator without compositions, a call of such a format check after the failure of an
    // integer test of the same value, with no statement between them. (A test of several types, `type:
    // ["integer", "string"]`, ends otherwise; a const or enum test in between ends in `;`; a validator
    // with compositions counts errors in between: their checks stay.) The test's own "number" is a
    // string, so this searches the code as written.
    leftover: (code, state) => {
      const checks = [...state.imports].filter(([, name]) => state.passEveryInteger.has(name));
      for (const [check] of checks) {
        const pattern = new RegExp(`${integerRefusal(1)}[^;]*?\\b${check}\\(\\1\\)`);
        const at = inPlainValidator(pattern, true)(code);
        if (at !== -1) return at;
      }
      return -1;
    },
  },
  {
    // Regular-expression literals instead of `new RegExp(...)`: side-effect free to every bundler and
    // minifier, with no annotation to lose. Each literal is proven to read back as the same expression.
    name: 'pattern-literals',
    always: false,
    apply: replaceAll(
      /(const pattern\d+ = )new RegExp\(("(?:[^"\\]|\\.)*"), "(\w*)"\);/g,
      (_state, [start, quoted, flags]) => {
        const expected = new RegExp(JSON.parse(quoted!) as string, flags);
        const literal = `/${expected.source}/${flags}`;
        const read = new Function(`return ${literal};`)() as RegExp;
        if (read.source !== expected.source || read.flags !== expected.flags) {
          throw new AjvOutputShapeError('pattern-literals', `cannot write ${quoted} as a literal`);
        }
        return `${start}${literal};`;
      },
    ),
    leftover: /new RegExp\(/,
  },
  {
    // ajv embeds a schema as `const schemaN = {...};` for its error objects; without those, most are unused.
    name: 'unused-schema-constants',
    always: false,
    apply: (code) => {
      let out = '';
      let from = 0;
      let count = 0;
      for (const match of code.matchAll(/const (schema\d+) = \{/g)) {
        if (match.index < from) continue;
        const end = closingIndex(code, match.index + match[0].length - 1);
        const uses = code.match(new RegExp(`\\b${match[1]}\\b`, 'g'))!.length;
        if (uses > 1 || code[end] !== ';') continue;
        out += code.slice(from, match.index);
        from = end + 1;
        count++;
      }
      return { code: out + code.slice(from), count };
    },
    leftover: (code) => {
      for (const match of code.matchAll(/const (schema\d+)\s*=/g)) {
        if (code.match(new RegExp(`\\b${match[1]}\\b`, 'g'))!.length === 1) return match.index;
      }
      return -1;
    },
  },
  {
    // One event per line, so a diff of the generated file shows which events changed.
    name: 'export-lines',
    always: false,
    apply: replaceAll(/([;}])export const /g, (_state, [before]) => `${before}\nexport const `),
    leftover: /[;}][ \t]*export\s+const\b/,
  },
];
