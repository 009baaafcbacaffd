// The check module is ajv's standalone output, rewritten (scripts/emit/rewrite-ajv-output.ts). These tests
// fail loudly, naming the rewrite, when ajv's output changes shape: every rewrite must find its construct
// in what the pinned ajv writes for a fixture that has them all, and each must stop generation, by name,
// when its construct comes in another shape than it expects.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHECKED_FORMATS } from '../../scripts/emit/emit-validators.ts';
import {
  AJV_OUTPUT_REWRITES,
  AjvOutputShapeError,
  closingIndex,
  rewriteAjvOutput,
  type RewriteState,
} from '../../scripts/emit/rewrite-ajv-output.ts';
import { ajvStandaloneOutput, rewriteStateOf } from '../../scripts/emit/write-ajv-check-module.ts';
import type { SchemaObject } from '../../scripts/openapi.ts';
import { loadValidatorModule } from './load-validator-module.ts';

const shared = { type: 'object', properties: { code: { type: 'string', pattern: '^a/b' } } };
/** Every construct a rewrite handles: helpers, formats, compositions, patterns, a shared shape, propertyNames. */
const FIXTURE: SchemaObject = {
  type: 'object',
  required: ['x'],
  properties: {
    x: { anyOf: [{ type: 'string', maxLength: 3 }, shared] },
    y: { oneOf: [{ const: 1 }, { enum: [{ a: 1 }, 2] }] },
    z: { not: { type: 'null' } },
    t: { type: 'string', format: 'date-time' },
    u: { type: 'array', uniqueItems: true, items: { type: 'object' } },
    w: {
      type: 'object',
      propertyNames: { maxLength: 2 },
      additionalProperties: false,
      properties: { q: true as unknown as SchemaObject },
    },
    s: shared,
    // In a composition's branch the int64 check stays (see integer-implied-formats), and so its import.
    n: { anyOf: [{ type: 'integer', format: 'int64' }, { type: 'string' }] },
  },
};
/**
 * No composition: its error count only rises, so its bookkeeping folds away (a separate validator from
 * Fixture's). Its fields are named like ajv's locals, and an enum holds code the rewrites look for: the
 * rewrites must leave both alone.
 */
const PLAIN: SchemaObject = {
  type: 'object',
  required: ['a', 'b-c', 'errors', 'missing0'],
  properties: {
    a: { type: 'array', items: shared },
    'b-c': { type: 'integer' },
    d: { type: 'object', required: ['e'], properties: { e: { type: 'string', enum: ['x', 'y'] } } },
    errors: { enum: [0, 'if(true){', 'errors === 0', '{errors++;}'] },
    valid1: { type: 'integer' },
    missing0: { type: 'string' },
    ms: { type: 'integer', format: 'int64' },
    small: { type: 'integer', format: 'int32' },
    _errs1: { type: 'boolean' },
  },
};
const plain = (fields: Record<string, unknown>): Record<string, unknown> => ({ errors: 0, missing0: '', ...fields });
const roots = [
  { exportName: 'Fixture', schema: FIXTURE },
  { exportName: 'Other', schema: { type: 'object', properties: { s: shared } } as SchemaObject },
  // A test between the integer test and the int64 check (a limit, which ajv writes inside the format's
  // block; a const, before it): the check stays, and no detector may take it for one the rewrite missed.
  {
    exportName: 'Between',
    schema: {
      type: 'object',
      properties: {
        one: { type: 'integer', format: 'int64', minimum: 0 },
        two: { type: 'integer', format: 'int64', const: 1 },
      },
    } as SchemaObject,
  },
  { exportName: 'Plain', schema: PLAIN },
];

const stateOf = (): RewriteState => rewriteStateOf(CHECKED_FORMATS);

/** For each rewrite, ajv's output with that rewrite's construct written in a shape it does not expect. */
const RESHAPED: Record<string, (code: string) => string> = {
  'strict-directive': (code) => code.replace('"use strict";', '"use strict" ;'),
  'source-urls': (code) => code.replace('/*# sourceURL="', '/*# sourceURL = "'),
  'runtime-helper-requires': (code) =>
    code.replace('require("ajv/dist/runtime/equal").default', 'require("ajv/dist/runtime/equal")["default"]'),
  'format-constants': (code) => code.replace('= formats["date-time"]', '= formats[ "date-time" ]'),
  'format-calls': (code) => code.replace(/(formats\d+)\.validate\(/, '$1.validate ('),
  'error-lists': (code) => code.replace(/(validate\d+)\.errors = \[/, '$1.errors =['),
  'empty-statements': (code) => code.replace('}];return false;', '}];return false ;'),
  'error-objects': (code) => code.replace(/const (err\d+) = \{instancePath/, 'const $1 ={instancePath'),
  'call-contexts': (code) => code.replace(', {instancePath:instancePath+', ',{instancePath:instancePath+'),
  'sub-validator-errors': (code) =>
    code.replace(/vErrors\.concat\((validate\d+)\.errors\)/, 'vErrors.concat( $1.errors)'),
  'error-list-assignments': (code) =>
    code.replace(/(validate\d+)\.errors = vErrors;return errors === 0;/, '$1.errors = vErrors; return errors === 0;'),
  signatures: (code) => code.replace('{instancePath="", parentData', '{instancePath = "", parentData'),
  'unused-error-list': (code) =>
    code.replace(/(function validate\d+\(data, \{[^}]*\}=\{\}\)\{[^;]*;)let vErrors = null;/, '$1let vErrors=null;'),
  'pattern-literals': (code) => code.replace('new RegExp("^a/b", "u")', 'new RegExp("^a/b", \'u\')'),
  'unused-schema-constants': (code) =>
    code.replace(/const (schema\d+) = (\{"type":"object","properties":\{"code"[^;]*);/, 'const $1 = ($2);'),
  'export-lines': (code) => code.replace(/([;}])export const Other/, '$1export  const Other'),
  'failed-sub-validators': (code) => code.replaceAll('let errors = 0;', 'let errors = 0;errors += 0;'),
  'error-count-bookkeeping': (code) => code.replace(/const (_errs\d+) = errors;/g, 'const $1 = errors ;'),
  'constant-valid-flags': (code) => code.replace(/else \{var (valid\d+) = true;\}/g, 'else {var $1 = !0;}'),
  'missing-property-names': (code) => code.replace(/\(missing(\d+) = "/g, '(missing$1 ="'),
  'present-required-properties': (code) => code.replace('if(data.a !== undefined){', 'if((data.a !== undefined)){'),
  'integer-implied-formats': (code) => {
    // Plain's block, the last one: Fixture's and Between's stay as written anyway.
    const int64 = /const (formats\d+) = formats\.int64;/.exec(code)![1]!;
    const block = new RegExp(
      `if\\(\\(typeof (data\\d*) == "number"\\) && \\(isFinite\\(\\1\\)\\)\\)\\{if\\(!\\(${int64}\\.validate`,
      'g',
    );
    const last = [...code.matchAll(block)].at(-1)!;
    const reshaped = `if(typeof ${last[1]} == "number" && isFinite(${last[1]})){if(!(${int64}.validate`;
    return code.slice(0, last.index) + reshaped + code.slice(last.index + last[0].length);
  },
};

describe("ajv's standalone output keeps the shape the check module's rewrites expect", () => {
  const output = ajvStandaloneOutput(roots, CHECKED_FORMATS);

  it('ajv is pinned to one exact version, the installed one', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const installed = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
    expect(pkg.devDependencies.ajv).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pkg.devDependencies.ajv);
  });

  it('every rewrite has a reshaped case below', () => {
    expect(Object.keys(RESHAPED).sort()).toEqual(AJV_OUTPUT_REWRITES.map((rewrite) => rewrite.name).sort());
  });

  it.each(AJV_OUTPUT_REWRITES.map((rewrite) => rewrite.name))(
    'rewrite "%s" finds its construct in the pinned ajv output',
    (name) => {
      const { counts } = rewriteAjvOutput(output, stateOf());
      expect(counts.get(name), `rewrite "${name}" found nothing in ajv's output: its shape changed`).toBeGreaterThan(0);
    },
  );

  it.each(AJV_OUTPUT_REWRITES.map((rewrite) => rewrite.name))(
    'rewrite "%s" stops generation, by name, on a shape it does not expect',
    (name) => {
      const reshaped = RESHAPED[name]!(output);
      expect(reshaped, `the reshaping of "${name}" found nothing to change`).not.toBe(output);
      let error: unknown;
      try {
        rewriteAjvOutput(reshaped, stateOf());
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AjvOutputShapeError);
      expect((error as AjvOutputShapeError).rewrite).toBe(name);
      expect((error as Error).message).toContain(`rewrite "${name}"`);
    },
  );

  it('the rewritten fixture still judges as written: a bare verdict, no error list, no context', () => {
    const state = stateOf();
    const { code } = rewriteAjvOutput(output, state);
    expect(code).not.toMatch(/validate\d+\.errors\b|instancePath|require\(|new RegExp/);
    const imports = [...state.imports].map(([local, name]) => `${name} as ${local}`).join(', ');
    const check = loadValidatorModule(`import { ${imports} } from "kernel";\n${code}`);
    expect(check.Fixture!({ x: 'abc', y: 1, t: '2025-01-01T00:00:00Z', w: { q: 1 }, s: { code: 'a/bc' } })).toBe(true);
    expect(check.Fixture!({ x: 'abcd' })).toBe(false);
    expect(check.Fixture!({ x: { code: 'a/b' }, y: { a: 1 } })).toBe(true);
    expect(check.Fixture!({ x: 'a', w: { long: 1 } })).toBe(false);
    expect(check.Plain!(plain({ a: [{ code: 'a/b' }, {}], 'b-c': 2, d: { e: 'y' } }))).toBe(true);
    expect(check.Plain!(plain({ a: [], 'b-c': 2, valid1: 3, _errs1: true }))).toBe(true);
    for (const errors of ['if(true){', 'errors === 0', '{errors++;}'])
      expect(check.Plain!(plain({ a: [], 'b-c': 2, errors })), `enum value ${errors}`).toBe(true);
    expect(check.Plain!(plain({ a: [{ code: 'b' }], 'b-c': 2 })), 'a failing shared item validator').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 2.5 })), 'an integer with a fraction').toBe(false);
    expect(check.Plain!(plain({ a: [] })), 'a required property missing').toBe(false);
    expect(check.Plain!({ a: [], 'b-c': 2, errors: 0 }), 'a required field named like a local').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, d: { e: 'z' } })), 'a value outside the enum').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, errors: 'if(false){' })), 'outside the enum').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, d: {} })), 'a nested required property missing').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, valid1: 1.5 })), 'a field named valid1').toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, _errs1: 1 })), 'a field named _errs1').toBe(false);
    expect(check.Plain!([]), 'not an object').toBe(false);
    // int64 adds nothing to the integer test, so its check goes; int32's stays.
    for (const ms of [0, -0, 1739708835987, 1e19, Number.MAX_SAFE_INTEGER + 2])
      expect(check.Plain!(plain({ a: [], 'b-c': 1, ms })), `int64 ${ms}`).toBe(true);
    for (const ms of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null])
      expect(check.Plain!(plain({ a: [], 'b-c': 1, ms })), `int64 ${String(ms)}`).toBe(false);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, small: 2 ** 31 - 1 })), 'int32 at its top').toBe(true);
    expect(check.Plain!(plain({ a: [], 'b-c': 1, small: 2 ** 31 })), 'int32 past its top').toBe(false);
    expect([...state.imports.values()]).toContain('int32Format');
    // Fixture's and Between's int64 checks stay: so does the import, and they still judge.
    const int64 = [...state.imports].find(([, name]) => name === 'int64Format')?.[0];
    expect(int64).toBeDefined();
    expect(code.slice(code.lastIndexOf('function validate', code.indexOf('(data.a === undefined)')))).not.toContain(
      `${int64}(`,
    );
    for (const [n, verdict] of [
      [5, true],
      ['s', true],
      [1.5, false],
      [Number.NaN, false],
    ] as const)
      expect(check.Fixture!({ x: 'abc', n }), `Fixture n: ${String(n)}`).toBe(verdict);
    for (const [one, verdict] of [
      [2, true],
      [1e19, true],
      [-1, false],
      [1.5, false],
    ] as const)
      expect(check.Between!({ one }), `Between one: ${one}`).toBe(verdict);
    for (const [two, verdict] of [
      [1, true],
      [2, false],
      [1.5, false],
    ] as const)
      expect(check.Between!({ two }), `Between two: ${two}`).toBe(verdict);
    // Required properties are tested for presence once, by the required check; optional ones before each check.
    const plainValidator = code.slice(code.lastIndexOf('function validate', code.indexOf('(data.a === undefined)')));
    expect(plainValidator).not.toMatch(/data\.a !== undefined|data\["b-c"\] !== undefined|data\.errors !== undefined/);
    expect(plainValidator).toContain('if(data.valid1 !== undefined){');
  });

  it('only validators with compositions keep the error count; the others return their verdict at once', () => {
    const { code } = rewriteAjvOutput(output, stateOf());
    const validators = [...code.matchAll(/function validate\d+\(data\)\{/g)].map((match) =>
      code.slice(match.index, closingIndex(code, match.index + match[0].length - 1)),
    );
    const counting = validators.filter((fn) => fn.includes('vErrors'));
    const plain = validators.filter((fn) => !fn.includes('vErrors'));
    expect(counting.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(1);
    for (const fn of counting) expect(fn).toMatch(/\berrors\b/);
    // ajv's locals, not the fields named like them (`data.errors`) nor text in strings.
    const withoutStrings = (fn: string): string => fn.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    for (const fn of plain)
      expect(withoutStrings(fn)).not.toMatch(/(?<![.\w$])(?:errors|_errs\d+|valid\d+|missing\d+)\b/);
    expect(plain.some((fn) => fn.includes('data.errors') && fn.includes('"{errors++;}"'))).toBe(true);
  });
});
