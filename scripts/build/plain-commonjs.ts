// The CommonJS form of a minified ES module bundle whose only module syntax is named imports (or imports
// for effects) and one named export list at its end, as esbuild writes the check validators and their
// chunks. Each import becomes a require at the start (imports are hoisted), destructured when it names
// bindings, and the export list one object of plain properties, marked `__esModule` (not enumerable, as
// esbuild marks it) so that a bundler's namespace import takes the object as it is instead of wrapping
// each property in a getter of its own. esbuild's own CommonJS output defines every export as a getter (a
// live binding), and the first read of each of the 122 getters costs a lazy compile: about 1 ms at every
// cold start, for values that never change.
import ts from 'typescript';
import { assertCommonJs, assertModuleSyntax, plainExports } from './commonjs-text.ts';

/** `code` as CommonJS; `specifier(path)` is what each import's path is required as. */
export function plainCommonJs(code: string, specifier: (path: string) => string): string {
  assertModuleSyntax(code, 'bundle.js');
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const requires: string[] = [];
  const kept: string[] = [];
  let properties: string[] | undefined;
  const refuse = (node: ts.Node, why: string): never => {
    throw new Error(`${why}: ${JSON.stringify(node.getText().slice(0, 80))}`);
  };
  for (const statement of file.statements) {
    if (properties !== undefined) refuse(statement, 'expected the bundle to end with its export list');
    if (ts.isImportDeclaration(statement)) {
      const required = `require(${JSON.stringify(specifier((statement.moduleSpecifier as ts.StringLiteral).text))})`;
      const clause = statement.importClause;
      if (clause === undefined) {
        requires.push(`${required};`); // for its effects: esbuild's chunks import what must run first
        continue;
      }
      const bindings = clause.namedBindings;
      if (clause.name || clause.isTypeOnly || !bindings || !ts.isNamedImports(bindings)) {
        refuse(statement, 'module syntax other than named imports');
      }
      const pattern = (bindings as ts.NamedImports).elements.map((element) =>
        element.propertyName ? `${element.propertyName.text}:${element.name.text}` : element.name.text,
      );
      requires.push(`const{${pattern.join(',')}}=${required};`);
    } else if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (statement.moduleSpecifier || !clause || !ts.isNamedExports(clause)) {
        refuse(statement, 'module syntax other than one export list');
      }
      properties = (clause as ts.NamedExports).elements.map((element) => {
        const local = (element.propertyName ?? element.name).getText();
        const name = element.name.getText();
        return local === name ? name : `${name}:${local}`;
      });
    } else {
      kept.push(statement.getText());
    }
  }
  if (properties === undefined) throw new Error('expected the bundle to end with one export list');
  // One statement a line: a statement that ended at a line break, without `;`, stays one.
  const body = `"use strict";${requires.join('')}\n${kept.join('\n')}\n${plainExports(properties)}\n`;
  // Any module syntax left over (an `export` on a declaration, `import.meta`) fails to compile as a script.
  assertCommonJs(body, 'the bundle, besides its imports and its export list,');
  return body;
}
