// The esbuild plugins tsup.config.ts builds the package with: which imports stay imports of a file the
// package ships apart, instead of being bundled into the file that imports them.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { build, type Plugin, type PluginBuild } from 'esbuild';
import { splitSchemaTable } from '../emit/write-report-module.ts';

/** The extension of the build's JavaScript files: tsup tells the format by the output extension. */
const builtExtension = (plugin: PluginBuild): string =>
  plugin.initialOptions.outExtension?.['.js'] ?? (plugin.initialOptions.format === 'cjs' ? '.cjs' : '.js');

/** A source path without its extension: imports name a .ts source by .js. */
const withoutExtension = (path: string): string => path.replace(/\.[jt]s$/, '');

/** Imports that resolve to `target` become imports of the built file `specifier` (+ the format's extension, unless it has one). */
export function importAsBuilt(target: string, specifier: string): Plugin {
  const base = withoutExtension(target);
  return {
    name: `import ${specifier} as built`,
    setup(plugin) {
      const extension = specifier.endsWith('.cjs') ? '' : builtExtension(plugin);
      plugin.onResolve({ filter: /\.js$/ }, (args) =>
        args.kind !== 'entry-point' && withoutExtension(resolve(args.resolveDir, args.path)) === base
          ? { path: `${specifier}${extension}`, external: true }
          : undefined,
      );
    },
  };
}

export interface ShareRuntimeOptions {
  /** The kernel's entry module; its folder is the kernel. Built as `./kernel`. */
  kernel: string;
  /** The module that re-exports what the entries share, each module whole. Built as `./runtime`. */
  runtime: string;
  /** Modules shipped as files of their own (imported through importAsBuilt), which no bundle holds. */
  apart: readonly string[];
  /** The entry whose output may share no module with another output. */
  mainEntry: string;
}

/** The modules `runtime` re-exports, each as `export * from '...'` (nothing else is allowed there). */
function runtimeExports(runtime: string): Set<string> {
  const lines = readFileSync(runtime, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'));
  return new Set(
    lines.map((line) => {
      const match = /^export \* from '(\.[^']+)';$/.exec(line);
      if (match === null) throw new Error(`${runtime} may only re-export modules whole; found: ${line}`);
      return withoutExtension(resolve(dirname(runtime), match[1]!));
    }),
  );
}

/** Every module the runtime's bundle holds: its import graph, less the kernel and the modules shipped apart. */
async function runtimeGraph(options: ShareRuntimeOptions): Promise<Set<string>> {
  const apart = new Set([options.kernel, ...options.apart].map(withoutExtension));
  const { metafile } = await build({
    entryPoints: [options.runtime],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    outdir: dirname(options.runtime),
    logLevel: 'silent',
    plugins: [
      {
        name: 'leave out what ships apart',
        setup(plugin) {
          plugin.onResolve({ filter: /^\./ }, (args) =>
            apart.has(withoutExtension(resolve(args.resolveDir, args.path)))
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
  return new Set(Object.keys(metafile.inputs).map((path) => withoutExtension(resolve(path))));
}

/**
 * Every entry point is bundled whole (no code splitting), except for what the entries share:
 * - the kernel, which the rest of the sources import through its entry only, becomes an import of
 *   `./kernel`, the file the check validators import too;
 * - a module that the runtime module re-exports becomes an import of `./runtime`, from any entry but the
 *   runtime itself.
 * The build fails, naming the module, where an entry would carry a second copy of something: an import
 * from outside the runtime of a module that the runtime bundles without re-exporting it, or any module
 * that the main entry's output and another output both hold.
 */
export function shareRuntime(options: ShareRuntimeOptions): Plugin {
  const kernel = withoutExtension(options.kernel);
  const kernelFolder = `${dirname(options.kernel)}/`;
  const inKernel = (path: string): boolean => path.startsWith(kernelFolder);
  const name = (path: string): string => relative(process.cwd(), path);
  const refuse = (text: string) => ({ errors: [{ text }] });
  // Read once for every build the plugin serves (tsup runs one per format).
  let shared: Promise<{ exported: Set<string>; graph: Set<string> }> | undefined;
  return {
    name: 'share the kernel and the runtime',
    async setup(plugin) {
      plugin.initialOptions.metafile = true;
      const extension = builtExtension(plugin);
      shared ??= (async () => {
        const exported = runtimeExports(options.runtime); // first: its refusal names the line at fault
        return { exported, graph: await runtimeGraph(options) };
      })();
      const { exported, graph } = await shared;
      plugin.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = withoutExtension(resolve(args.resolveDir, args.path));
        const importer = withoutExtension(args.importer);
        if (inKernel(target) && !inKernel(importer)) {
          if (target === kernel) return { path: `./kernel${extension}`, external: true };
          return refuse(
            `${name(args.importer)} imports ${args.path}: import the kernel through ${name(options.kernel)}`,
          );
        }
        if (graph.has(importer) || inKernel(importer)) return undefined;
        if (exported.has(target)) return { path: `./runtime${extension}`, external: true };
        if (graph.has(target)) {
          return refuse(
            `${name(args.importer)} imports ${args.path}, which the runtime bundles without exporting it: re-export it from ${name(options.runtime)}, or the entry carries a second copy`,
          );
        }
        return undefined;
      });
      plugin.onEnd((result) => {
        const outputs = Object.entries(result.metafile?.outputs ?? {});
        const main = new RegExp(`(^|/)${options.mainEntry}\\.c?js$`);
        const held = outputs.find(([output]) => main.test(output))?.[1].inputs ?? {};
        const errors = Object.keys(held)
          .filter((input) => held[input]!.bytesInOutput > 0)
          .map((input) => [input, outputs.filter(([, { inputs }]) => (inputs[input]?.bytesInOutput ?? 0) > 0)] as const)
          .filter(([, holders]) => holders.length > 1)
          .map(([input, holders]) => ({
            text: `${input} is bundled into ${holders.map(([output]) => output).join(' and ')}: re-export it from ${name(options.runtime)} so that it ships once`,
          }));
        return { errors };
      });
    },
  };
}

/** What the CommonJS runtime's bundle calls in place of `require` until lazyRequiresOf renames it. */
const LAZY_REQUIRE = '__requireOnFirstUse__';

/**
 * In the CommonJS build, the report module's schema table (the JSON text the report pass parses when a
 * delivery is refused, or in strict mode) is required from `specifier` on first use instead of being a
 * literal in the runtime's file: 82 KB of string literal cost about 1 ms at every CommonJS cold start.
 * The build writes that file (its `module.exports` is the same literal; see splitSchemaTable). ES modules
 * cannot load code synchronously on demand: the ESM build keeps the literal.
 *
 * tsup bundles both formats as ES modules and converts one to CommonJS after, and esbuild would write a
 * `require` in an ES module as a call of its shim, in which no bundler sees the file. So the code calls a
 * placeholder, which lazyRequiresOf turns into `require` in the CommonJS file.
 */
export function schemaTableOnFirstUse(reportModule: string, specifier: string): Plugin {
  return {
    name: `schema table from ${specifier} on first use`,
    setup(plugin) {
      if (builtExtension(plugin) !== '.cjs') return;
      plugin.onLoad({ filter: /\.js$/ }, (args) => {
        if (args.path !== reportModule) return undefined;
        const { withTable } = splitSchemaTable(readFileSync(args.path, 'utf8'));
        return { contents: withTable(`() => ${LAZY_REQUIRE}(${JSON.stringify(specifier)})`), loader: 'js' };
      });
    },
  };
}

/** `code` (a built CommonJS file) with its `count` placeholder calls made `require` calls; throws on any other count. */
export function lazyRequiresOf(code: string, count: number): string {
  const named = code.split(LAZY_REQUIRE).length - 1;
  const called = code.split(`${LAZY_REQUIRE}(`).length - 1;
  if (named !== count || called !== count) {
    throw new Error(`expected ${count} call(s) of ${LAZY_REQUIRE} in the CommonJS bundle, found ${named}`);
  }
  return code.replaceAll(`${LAZY_REQUIRE}(`, 'require(');
}
