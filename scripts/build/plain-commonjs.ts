// The CommonJS form of a minified ES module bundle whose only module syntax is named imports at its start
// and one named export list at its end, as esbuild writes the check validators. Each import becomes a
// destructured require, and the export list one object of plain properties, marked `__esModule` (not
// enumerable, as esbuild marks it) so that a bundler's namespace import takes the object as it is instead
// of wrapping each property in a getter of its own. esbuild's own CommonJS output defines every export as
// a getter (a live binding), and the first read of each of the 122 getters costs a lazy compile: about
// 1 ms at every cold start, for values that never change.
import { Script } from 'node:vm';

const IMPORT = /^import\{([^}]*)\}from"([^"]+)";/;
const EXPORT = /export\{([^}]*)\};?\s*$/;
const NAME = /^[A-Za-z_$][\w$]*$/;

/** `a as b` (or `a`) as the pair [a, b]. */
function renaming(clause: string): [string, string] {
  const [from = '', to = from, ...rest] = clause.trim().split(/\s+as\s+/);
  if (rest.length > 0 || !NAME.test(from) || !NAME.test(to)) throw new Error(`unexpected import or export: ${clause}`);
  return [from, to];
}

/** `code` as CommonJS; `specifier(path)` is what each import's path is required as. */
export function plainCommonJs(code: string, specifier: (path: string) => string): string {
  let rest = code;
  const requires: string[] = [];
  for (let match = IMPORT.exec(rest); match !== null; match = IMPORT.exec(rest)) {
    const bindings = match[1]!.split(',').map((clause) => renaming(clause));
    const pattern = bindings.map(([name, local]) => (name === local ? name : `${name}:${local}`)).join(',');
    requires.push(`const{${pattern}}=require(${JSON.stringify(specifier(match[2]!))});`);
    rest = rest.slice(match[0].length);
  }
  const exported = EXPORT.exec(rest);
  if (exported === null) throw new Error('expected the bundle to end with one export list');
  const properties = exported[1]!
    .split(',')
    .map((clause) => renaming(clause))
    .map(([local, name]) => (local === name ? name : `${name}:${local}`));
  const body = `"use strict";${requires.join('')}${rest.slice(0, exported.index)}module.exports=Object.defineProperty({${properties.join(',')}},"__esModule",{value:true});\n`;
  // Any module syntax left over (another import, an export in the middle) fails to compile as a script.
  try {
    new Script(body);
  } catch (error) {
    throw new Error(`the bundle has module syntax besides leading imports and a final export list: ${String(error)}`);
  }
  return body;
}
