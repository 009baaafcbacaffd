import { describe, expect, it } from 'vitest';
import { lazyCommonJs, lazyIndex, moduleParts } from '../../scripts/build/lazy-commonjs.ts';
import { runCommonJs } from '../support/run-commonjs.ts';

// A check module of the generator's shape: named imports, function and const declarations, and one
// `export const Name = local;` per event. AEvent and BEvent share `shared`, which uses the kernel's
// format check; CEvent reaches only its own code.
const SOURCE = `import { isShort as formats0 } from "../../src/kernel/index.js";
const pattern0 = /^a+$/u;
function shared(data){return typeof data == "string" && formats0(data);}
function validate1(data){return shared(data.a) && pattern0.test(data.a);}
function validate2(data){return shared(data.b);}
function validate3(data){return data === 3;}
export const AEvent = validate1;
export const BEvent = validate2;
export const CEvent = validate3;
`;

const KERNEL = './kernel.cjs';

/** Runs the lazy files as CommonJS, each once, from the index; records the order files are required in. */
function load(files: Map<string, string>, index: string) {
  const required: string[] = [];
  const cache = new Map<string, unknown>();
  const kernel = { isShort: (text: string) => text.length < 4 };
  // A file's requires are relative to its folder: the index's is '.', its files' './check'.
  const requireIn =
    (folder: string) =>
    (path: string): unknown => {
      if (path === KERNEL) return kernel;
      const full = `${folder}/${path.replace(/^\.\//, '')}`;
      if (!cache.has(full)) {
        required.push(full);
        const code = full === './index.cjs' ? index : files.get(full);
        if (code === undefined) throw new Error(`no file ${full}`);
        cache.set(full, runCommonJs(code, requireIn(full.slice(0, full.lastIndexOf('/')))));
      }
      return cache.get(full);
    };
  const exports = requireIn('.')('./index.cjs') as Record<string, (data: unknown) => boolean>;
  return { exports, required };
}

describe('moduleParts', () => {
  it('reads the imports, the declarations with the top-level names each uses, and the exports', () => {
    const { imports, declarations, exports } = moduleParts(SOURCE, 'check.js');
    expect(imports).toEqual(new Map([['formats0', { from: '../../src/kernel/index.js', name: 'isShort' }]]));
    expect([...declarations.keys()]).toEqual(['pattern0', 'shared', 'validate1', 'validate2', 'validate3']);
    expect(declarations.get('validate1')!.uses).toEqual(new Set(['shared', 'pattern0']));
    expect(declarations.get('shared')!.uses).toEqual(new Set(['formats0']));
    expect(declarations.get('validate3')!.uses).toEqual(new Set());
    expect(exports).toEqual(
      new Map([
        ['AEvent', 'validate1'],
        ['BEvent', 'validate2'],
        ['CEvent', 'validate3'],
      ]),
    );
  });

  it('refuses what splitting could change: a statement with effects, a let, a default or namespace import', () => {
    const refusals = [
      'import kernel from "./k.js";\nexport const A = kernel;',
      'import * as kernel from "./k.js";\nexport const A = kernel;',
      'let counter = 0;\nfunction v(d){return counter++ > 0}\nexport const A = v;',
      'function v(d){return true}\nconsole.log(1);\nexport const A = v;',
      'function v(d){return true}\nexport const A = v, B = 1;',
      'export function v(d){return true}',
      'const table = build();\nfunction v(d){return table[d]}\nexport const A = v;', // would run later, apart
      'function v(d, e){return e}\nexport const A = v;', // the index passes one argument
      'function v(){return true}\nexport const A = v;',
      'function v({ a }){return a}\nexport const A = v;',
      'function v(d = 1){return d}\nexport const A = v;',
    ];
    for (const source of refusals)
      expect(() => moduleParts(source, 'check.js'), source).toThrow(/cannot split|exports/);
  });

  it('keeps a regular expression made of literals, which may run when its file loads', () => {
    const source =
      'const a = /x/u;\nconst b = new RegExp("^y$", "u");\nfunction v(d){return a.test(d) || b.test(d)}\nexport const A = v;';
    expect([...moduleParts(source, 'check.js').declarations.keys()]).toEqual(['a', 'b', 'v']);
  });

  it("refuses a module with a syntax error, which TypeScript's parser would recover from", () => {
    expect(() => moduleParts('function v(d){return true}\nexport const A = v;\n)', 'check.js')).toThrow(
      /not a valid ES module/,
    );
  });

  it('refuses an export of a name the module does not declare', () => {
    expect(() => moduleParts('export const A = missing;', 'check.js')).toThrow(/does not declare/);
  });
});

describe('lazyIndex', () => {
  it('writes one function per name, each requiring its file literally, as plain properties marked __esModule', () => {
    const index = lazyIndex(['AEvent', 'BEvent'], (name) => `./check/${name}.cjs`);
    expect(index).toBe(
      '"use strict";let $0,$1;' +
        'function AEvent(d){return($0??=require("./check/AEvent.cjs").AEvent)(d)}' +
        'function BEvent(d){return($1??=require("./check/BEvent.cjs").BEvent)(d)}' +
        'module.exports=Object.defineProperty({AEvent,BEvent},"__esModule",{value:true});\n',
    );
  });

  it('refuses a name it cannot declare: a reserved one, one of its slots, a repeat, or not an identifier', () => {
    for (const names of [['require'], ['$0'], ['d'], ['A', 'A'], ['a-b']]) {
      expect(() => lazyIndex(names, (name) => `./${name}.cjs`), names.join()).toThrow(/cannot export/);
    }
    expect(() => lazyIndex(['class'], (name) => `./${name}.cjs`)).toThrow(/does not compile as CommonJS/);
  });
});

describe('lazyCommonJs', () => {
  it("loads nothing until a check is called, then only that event's file and the shared code it reaches", async () => {
    const { index, files } = await lazyCommonJs(SOURCE, 'check.js', 'check', () => KERNEL);
    const { exports, required } = load(files, index);
    expect(required).toEqual(['./index.cjs']);
    expect(exports.CEvent!(3)).toBe(true);
    expect(required).toEqual(['./index.cjs', './check/CEvent.cjs']);
    expect(exports.AEvent!({ a: 'aa' })).toBe(true);
    const shared = required.filter((path) => path.includes('/shared-'));
    expect(shared).toHaveLength(1); // the code AEvent and BEvent share, shipped once
    expect(exports.BEvent!({ b: 'long text' })).toBe(false); // the kernel's check, reached through the shared file
    expect(required.filter((path) => path.includes('/shared-'))).toEqual(shared);
    expect(required).toHaveLength(5);
    // Each file holds its own code only: CEvent's file has none of the shared code.
    expect(files.get('./check/CEvent.cjs')).not.toContain('typeof');
    expect(files.get(shared[0]!)).toContain('typeof');
  });

  it('gives the verdicts of the module it splits', async () => {
    const { index, files } = await lazyCommonJs(SOURCE, 'check.js', 'check', () => KERNEL);
    const { exports } = load(files, index);
    const cases: [keyof typeof exports & string, unknown, boolean][] = [
      ['AEvent', { a: 'aaa' }, true],
      ['AEvent', { a: 'aaaa' }, false], // too long for the kernel's check
      ['AEvent', { a: 'ab' }, false], // the pattern
      ['AEvent', { a: 1 }, false],
      ['BEvent', { b: 'xyz' }, true],
      ['BEvent', { b: null }, false],
      ['CEvent', 4, false],
    ];
    for (const [name, data, verdict] of cases)
      expect(exports[name]!(data), `${name} ${JSON.stringify(data)}`).toBe(verdict);
  });

  it('asks how to require each import, and stops on an import it has no file for', async () => {
    const asked: string[] = [];
    await lazyCommonJs(SOURCE, 'check.js', 'check', (path) => {
      asked.push(path);
      return KERNEL;
    });
    expect(new Set(asked)).toEqual(new Set(['../../src/kernel/index.js']));
    await expect(
      lazyCommonJs(SOURCE, 'check.js', 'check', (path) => {
        throw new Error(`no file for ${path}`);
      }),
    ).rejects.toThrow(/no file for/);
  });
});
