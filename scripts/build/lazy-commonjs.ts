// The check validators as CommonJS that compiles each event's code on first use. ajv's code for the 122
// events is about 200 KB minified, the largest file a CommonJS cold start compiles, and a cold start
// (a Lambda's first delivery) needs one event's. dist/validators/check.cjs holds one small function per
// event, which requires that event's file the first time it is called and calls it from then on. Code
// that several events reach (the document shares payloads between events) is in files of its own, one per
// set of events that reach it, as esbuild's code splitting makes them, so nothing ships twice.
//
// ES modules cannot load code synchronously on demand: dist/validators/check.js stays one module, whose
// function declarations any bundler tree-shakes per event. A bundler that bundles the CommonJS files keeps
// every file a `require` names (each names its file literally), so a bundled deployment compiles what it
// did before, in more, smaller wrappers.
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { assertCommonJs, assertModuleSyntax, IDENTIFIER, plainExports } from './commonjs-text.ts';
import { plainCommonJs } from './plain-commonjs.ts';
/** Names the index file declares or uses itself. */
const RESERVED = new Set(['require', 'module', 'exports', 'Object', 'undefined', 'd']);

/** A top-level declaration of the module: its text, and the other top-level names it refers to. */
interface Declaration {
  text: string;
  uses: Set<string>;
}

/** What `source` declares at its top level; the module may hold nothing else. */
export interface ModuleParts {
  /** Each import's local name, with its module and its imported name. */
  imports: Map<string, { from: string; name: string }>;
  /** Function declarations and `const` declarations, by name (with `export` left off). */
  declarations: Map<string, Declaration>;
  /** Each exported name, with the local name it exports. */
  exports: Map<string, string>;
}

/** A `const`'s initializer that may move to a file loaded later: a regular expression, made of literals. */
const isInertInitializer = (node: ts.Expression): boolean =>
  ts.isRegularExpressionLiteral(node) ||
  (ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp' &&
    (node.arguments ?? []).every((argument) => ts.isStringLiteral(argument)));

/**
 * The top-level structure of the generated check module: named imports, function declarations, `const`
 * regular expressions (ajv's patterns), and `export const Name = local;` where `local` is a function of
 * one parameter (the index calls it with one). Anything else (a default or namespace import, a statement
 * or initializer with effects, a syntax error) stops the build, naming it: splitting such a module, and
 * running part of it later, could change what it does.
 */
export function moduleParts(source: string, fileName: string): ModuleParts {
  assertModuleSyntax(source, fileName);
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const imports = new Map<string, { from: string; name: string }>();
  const found = new Map<string, ts.Node>();
  const exports = new Map<string, string>();
  const refuse = (node: ts.Node): never => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`${fileName}:${line + 1}: cannot split ${JSON.stringify(node.getText().slice(0, 60))}`);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const bindings = statement.importClause?.namedBindings;
      if (statement.importClause?.name || !bindings || !ts.isNamedImports(bindings)) refuse(statement);
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      for (const element of (bindings as ts.NamedImports).elements) {
        imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name && !statement.modifiers?.length) {
      found.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      const exported =
        statement.modifiers?.length === 1 && statement.modifiers[0]!.kind === ts.SyntaxKind.ExportKeyword;
      if (statement.modifiers?.length && !exported) refuse(statement);
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) refuse(declaration);
        const name = (declaration.name as ts.Identifier).text;
        if (exported) {
          if (!ts.isIdentifier(declaration.initializer!)) refuse(declaration);
          exports.set(name, (declaration.initializer as ts.Identifier).text);
        } else {
          if (!isInertInitializer(declaration.initializer!)) refuse(declaration);
          found.set(name, declaration);
        }
      }
    } else {
      refuse(statement);
    }
  }
  const topLevel = new Set([...imports.keys(), ...found.keys()]);
  const declarations = new Map<string, Declaration>();
  for (const [name, node] of found) {
    // Every identifier spelt like a top-level name counts as a use: a property or a local that happens to
    // share a name only costs a needless import, never a missing one.
    const uses = new Set<string>();
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child) && child.text !== name && topLevel.has(child.text)) uses.add(child.text);
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
    const text = ts.isVariableDeclaration(node) ? `const ${node.getText()};` : node.getText();
    declarations.set(name, { text, uses });
  }
  for (const [name, local] of exports) {
    if (!declarations.has(local)) throw new Error(`${fileName}: ${name} exports ${local}, which it does not declare`);
    const node = found.get(local)!;
    const parameters = ts.isFunctionDeclaration(node) ? node.parameters : undefined;
    if (parameters?.length !== 1 || !ts.isIdentifier(parameters[0]!.name) || parameters[0]!.initializer) {
      throw new Error(`${fileName}: ${name} exports ${local}, which is not a function of one parameter`);
    }
  }
  return { imports, declarations, exports };
}

/**
 * The index: for each name, a function that requires `file(name)` once, keeps its export of that name,
 * and calls it. Each is a function of its own (not one factory's closures), so that each call site keeps
 * feedback for one target, which V8 then inlines. Exported as plain properties marked `__esModule`, as
 * plainCommonJs does, and each `require` names its file literally, so that a bundler still finds them.
 */
export function lazyIndex(names: readonly string[], file: (name: string) => string): string {
  const seen = new Set<string>();
  const functions = names.map((name, index) => {
    if (!IDENTIFIER.test(name) || RESERVED.has(name) || /^\$\d+$/.test(name) || seen.has(name)) {
      throw new Error(`cannot export ${JSON.stringify(name)} from the lazy index`);
    }
    seen.add(name);
    return `function ${name}(d){return($${index}??=require(${JSON.stringify(file(name))}).${name})(d)}`;
  });
  const slots = names.map((_, index) => `$${index}`).join(',');
  const index = `"use strict";let ${slots};${functions.join('')}${plainExports(names)}\n`;
  assertCommonJs(index, 'the lazy index'); // a reserved word as a name, say
  return index;
}

export interface LazyCommonJs {
  /** The index (dist/validators/check.cjs). */
  index: string;
  /** The other files, by their path from the index's folder (`./<folder>/<name>.cjs`). */
  files: Map<string, string>;
}

/**
 * The check module `source` as a lazy index and its files in `folder`. Each top-level declaration
 * becomes a module of its own for esbuild, which splits the events' entries into chunks by the set of
 * events that reach each declaration and minifies them; plainCommonJs then makes each chunk CommonJS.
 * `specifier` maps each import of the module (the kernel) to what a file in `folder` requires.
 */
export async function lazyCommonJs(
  source: string,
  fileName: string,
  folder: string,
  specifier: (path: string) => string,
): Promise<LazyCommonJs> {
  const { imports, declarations, exports } = moduleParts(source, fileName);
  const names = [...exports.keys()];
  const moduleOf = (name: string): string => {
    const { text, uses } = declarations.get(name)!;
    const lines = [...uses].map((used) => {
      const imported = imports.get(used);
      return imported === undefined
        ? `import { ${used} } from "declaration:${used}";`
        : `import { ${imported.name} as ${used} } from ${JSON.stringify(imported.from)};`;
    });
    return `${lines.join('\n')}\nexport ${text}\n`;
  };
  const modules: Plugin = {
    name: 'a module per declaration',
    setup(plugin) {
      plugin.onResolve({ filter: /^(export|declaration):/ }, (args) => ({ path: args.path, namespace: 'split' }));
      plugin.onResolve({ filter: /.*/ }, (args) => ({ path: specifier(args.path), external: true }));
      plugin.onLoad({ filter: /.*/, namespace: 'split' }, (args) => {
        const [kind, name] = args.path.split(':') as [string, string];
        const contents =
          kind === 'export'
            ? `export { ${exports.get(name)} as ${name} } from "declaration:${exports.get(name)}";`
            : moduleOf(name);
        return { contents, loader: 'js' };
      });
    },
  };
  const result = await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, `export:${name}`])),
    outdir: `/${folder}`,
    bundle: true,
    splitting: true,
    chunkNames: 'shared-[hash]',
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [modules],
    logLevel: 'silent', // a failure throws, with esbuild's messages
  });
  const file = (name: string): string => `./${folder}/${name}.cjs`;
  const files = new Map<string, string>();
  for (const output of result.outputFiles) {
    const name = output.path.slice(folder.length + 2).replace(/\.js$/, '');
    // Chunks import each other as ./shared-*.js; what else they import is external, mapped already.
    const code = plainCommonJs(output.text, (path) => (path.startsWith('./') ? path.replace(/\.js$/, '.cjs') : path));
    files.set(file(name), code);
  }
  for (const name of names) if (!files.has(file(name))) throw new Error(`no file was built for ${name}`);
  return { index: lazyIndex(names, file), files };
}
