import { describe, expect, it } from 'vitest';
import { lazyEntrySource, splitExports } from '../../scripts/build/lazy-entry.ts';
import { runCommonJs } from '../support/run-commonjs.ts';

class SharedError extends Error {}
const parse = (text: string): unknown => JSON.parse(text);
const runtime = { parseEvent: parse, WebhookEventError: SharedError, MAX_ISSUES: 20, readInput: () => 0 };
function isA(this: unknown, value: unknown, options?: { strict?: boolean }): unknown {
  // biome-ignore lint/complexity/noArguments: what is checked is how many arguments the caller passed
  return { value, options, self: this, count: arguments.length };
}
const full = { parseEvent: parse, WebhookEventError: SharedError, MAX_ISSUES: 20, isA };

/** Runs the entry's source as CommonJS; `required` lists the files it required, in order. */
function run(source: string) {
  const required: string[] = [];
  const files: Record<string, unknown> = { './runtime.cjs': runtime, './index.full.cjs': full };
  const exports = runCommonJs(source, (path) => {
    required.push(path);
    return files[path];
  });
  return { exports, required };
}

describe('splitExports', () => {
  it("takes an export as the runtime's where the runtime holds the same value, and by its name for a primitive", () => {
    const { eager, lazy } = splitExports(full, runtime);
    expect(eager).toEqual(
      new Map([
        ['parseEvent', 'parseEvent'],
        ['WebhookEventError', 'WebhookEventError'],
        ['MAX_ISSUES', 'MAX_ISSUES'],
      ]),
    );
    expect(lazy).toEqual(new Map([['isA', 2]])); // its own, with its length
  });

  it('follows a renamed re-export, prefers the same name, and takes as its own what the runtime holds twice', () => {
    expect(splitExports({ parse, isA }, { parseJson: parse, one: isA, two: isA })).toEqual({
      eager: new Map([['parse', 'parseJson']]),
      lazy: new Map([['isA', 2]]),
    });
    expect(splitExports({ isA }, { isA, alias: isA })).toEqual({ eager: new Map([['isA', 'isA']]), lazy: new Map() });
  });

  it("refuses an export of its own that is not a function, or is a class: a call can be deferred, a value can't", () => {
    expect(() => splitExports({ LIMIT: 20 }, runtime)).toThrow(/LIMIT is the entry's own and not a function/);
    expect(() => splitExports({ Store: class Store {} }, runtime)).toThrow(/Store is the entry's own/);
  });
});

describe('lazyEntrySource', () => {
  const source = lazyEntrySource({
    eager: {
      file: './runtime.cjs',
      names: new Map([
        ['parseEvent', 'parseEvent'],
        ['WebhookEventError', 'WebhookEventError'],
      ]),
    },
    lazy: { file: './index.full.cjs', functions: new Map([['isA', 2]]) },
  });

  it("requires the runtime only, until a deferred function is first called; then the entry's bundle, once", () => {
    const { exports, required } = run(source);
    expect(required).toEqual(['./runtime.cjs']);
    expect(exports.parseEvent).toBe(parse);
    expect(exports.WebhookEventError).toBe(SharedError);
    expect(Object.getOwnPropertyDescriptor(exports, 'isA')?.get).toBeUndefined();
    const deferred = exports.isA as typeof isA;
    expect(required).toEqual(['./runtime.cjs']); // reading it loads nothing
    expect(deferred.name).toBe('isA');
    expect(deferred.length).toBe(2);
    const self = { me: true };
    expect(deferred.call(self, 'x', { strict: true })).toEqual({
      value: 'x',
      options: { strict: true },
      self,
      count: 2,
    });
    expect(deferred('y')).toMatchObject({ value: 'y', count: 1 }); // the arguments as given, not padded
    expect(required).toEqual(['./runtime.cjs', './index.full.cjs']);
  });

  it('lists every export, enumerable, in the order given', () => {
    const { exports } = run(source);
    expect(Object.keys(exports)).toEqual(['parseEvent', 'WebhookEventError', 'isA']);
  });

  it('refuses a name it cannot declare: not an identifier, listed twice, or one of its own', () => {
    const entry = (eager: [string, string][], functions: [string, number][]) => () =>
      lazyEntrySource({
        eager: { file: './r.cjs', names: new Map(eager) },
        lazy: { file: './f.cjs', functions: new Map(functions) },
      });
    expect(entry([], [['a-b', 0]])).toThrow(/cannot export "a-b"/);
    expect(entry([['a', 'a']], [['a', 1]])).toThrow(/cannot export "a"/);
    for (const name of ['__esModule', 'loaded', 'full', 'runtime', 'arguments']) {
      expect(entry([], [[name, 0]])).toThrow(/cannot export/);
    }
    expect(entry([['a', 'b c']], [])).toThrow(/cannot read "b c"/);
    expect(entry([], [['a', 1.5]])).toThrow(/unexpected length/);
    // Reserved words pass the name test; the compile check stops them.
    for (const name of ['class', 'eval', 'let']) expect(entry([], [[name, 0]])).toThrow(/does not compile as CommonJS/);
  });
});
