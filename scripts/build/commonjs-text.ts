// What the build's writers of CommonJS text share (plain-commonjs.ts, lazy-commonjs.ts, lazy-entry.ts):
// the test of a name they may declare, the strict parse of what they read, the export object they end
// with, and the compile check of what they write.
import { Script } from 'node:vm';
import { transformSync } from 'esbuild';

/** A name that may be written as a declaration or a property without quotes (reserved words aside). */
export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Throws, with esbuild's message, where `code` is not a valid ES module. TypeScript's parser, which the
 * writers read their input with, recovers from syntax errors instead of stopping.
 */
export function assertModuleSyntax(code: string, fileName: string): void {
  try {
    transformSync(code, { loader: 'js', format: 'esm', logLevel: 'silent', sourcefile: fileName });
  } catch (error) {
    throw new Error(`${fileName} is not a valid ES module: ${String(error)}`);
  }
}

/**
 * `module.exports` as one object of plain properties (`name` or `name:local`), marked `__esModule` (not
 * enumerable, as esbuild marks it) so that a bundler's namespace import takes the object as it is
 * instead of wrapping each property in a getter of its own.
 */
export function plainExports(properties: readonly string[]): string {
  return `module.exports=Object.defineProperty({${properties.join(',')}},"__esModule",{value:true});`;
}

/** Throws, saying what it is, where `body` does not compile as a CommonJS module's code. */
export function assertCommonJs(body: string, what: string): void {
  try {
    new Script(`(function (exports, require, module, __filename, __dirname) {${body}\n})`);
  } catch (error) {
    throw new Error(`${what} does not compile as CommonJS: ${String(error)}`);
  }
}
