import { describe, expect, it } from 'vitest';
import { plainCommonJs } from '../../scripts/build/plain-commonjs.ts';
import { runCommonJs } from '../support/run-commonjs.ts';

const toCjs = (path: string): string => path.replace(/\.js$/, '.cjs');

/** Runs CommonJS `code` with `modules` as what require returns; returns its module.exports. */
function run(code: string, modules: Record<string, unknown>): Record<string, unknown> {
  return runCommonJs(code, (path) => modules[path]);
}

describe('plainCommonJs', () => {
  it('turns leading imports into requires and the export list into plain properties', () => {
    const esm =
      'import{shout as s,quiet}from"../kernel.js";import{more as m}from"./more.js";' +
      'function a(e){return s(e)+quiet(e)+m}var b=1;export{a as Loud,b};';
    const cjs = plainCommonJs(esm, toCjs);
    expect(cjs).toBe(
      '"use strict";const{shout:s,quiet}=require("../kernel.cjs");const{more:m}=require("./more.cjs");\n' +
        'function a(e){return s(e)+quiet(e)+m}\nvar b=1;\n' +
        'module.exports=Object.defineProperty({Loud:a,b},"__esModule",{value:true});\n',
    );
    const exports = run(cjs, {
      '../kernel.cjs': { shout: (text: string) => text.toUpperCase(), quiet: (text: string) => text },
      './more.cjs': { more: '!' },
    });
    expect((exports.Loud as (text: string) => string)('a')).toBe('Aa!');
    expect(Object.getOwnPropertyDescriptor(exports, 'Loud')).toMatchObject({ writable: true, enumerable: true });
    expect(Object.getOwnPropertyDescriptor(exports, 'Loud')?.get).toBeUndefined();
    expect(exports.b).toBe(1);
    expect(exports.__esModule).toBe(true);
    expect(Object.keys(exports)).toEqual(['Loud', 'b']);
  });

  it('needs no import', () => {
    expect(plainCommonJs('var a=2;export{a as Two};', toCjs)).toBe(
      '"use strict";\nvar a=2;\nmodule.exports=Object.defineProperty({Two:a},"__esModule",{value:true});\n',
    );
  });

  it('refuses module syntax it does not rewrite', () => {
    expect(() => plainCommonJs('import a from"./a.js";export{a};', toCjs)).toThrow(/module syntax/);
    expect(() => plainCommonJs('import*as a from"./a.js";export{a};', toCjs)).toThrow(/module syntax/);
    expect(() => plainCommonJs('export const a=1;var b=2;export{b};', toCjs)).toThrow(/does not compile as CommonJS/);
    expect(() => plainCommonJs('var a=1;', toCjs)).toThrow(/one export list/);
    expect(() => plainCommonJs('var a=1;export{a};var b=2;', toCjs)).toThrow(/end with its export list/);
    expect(() => plainCommonJs('import{a as b as c}from"./a.js";export{b};', toCjs)).toThrow(/not a valid ES module/);
    expect(() => plainCommonJs('var a=1;)export{a};', toCjs)).toThrow(/not a valid ES module/);
  });

  it('keeps a statement that ended at a line break, without `;`, apart from the next', () => {
    const cjs = plainCommonJs('var a=b\nc=d\nexport{a};', toCjs);
    expect(cjs).toContain('var a=b\nc=d\n');
  });

  it("keeps an import for effects, as a require in the import's order, and hoists every import as ESM does", () => {
    // esbuild's chunks import for effects what must run first; an import after code still runs first.
    const esm = 'import"./first.js";var a=b+1;import{b}from"./second.js";export{a};';
    const cjs = plainCommonJs(esm, toCjs);
    expect(cjs).toBe(
      '"use strict";require("./first.cjs");const{b}=require("./second.cjs");\nvar a=b+1;\n' +
        'module.exports=Object.defineProperty({a},"__esModule",{value:true});\n',
    );
    expect(run(cjs, { './first.cjs': {}, './second.cjs': { b: 1 } }).a).toBe(2);
  });
});
