// The package as a user meets it, checked on the packed tarball (run `npm run build` first; `npm test`
// does): its contents, no runtime dependencies, publint --strict, attw on every resolution, a consumer
// project that installs it and type-checks an exhaustive switch under node10, node16, nodenext and
// bundler, loads it at run time as ESM and as CommonJS, runs its bin, and type-checks README.md's examples.
// Packed and installed once; every check below reuses it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { ROOT } from '../support/paths.ts';
import {
  commonJsSource,
  exhaustiveSwitchSource,
  lazyLoadingProbeSource,
  runtimeProbeSource,
  verdictsProbeSource,
} from './consumer-sources.ts';
import { externalImports } from './external-imports.ts';
import { installTarball, packPackage, type Packed } from './pack-and-install.ts';
import { headingAnchor } from '../../scripts/emit/emit-event-catalogue.ts';
import { instrumentBlock, readmeTypeScriptBlocks } from './readme-blocks.ts';
import { runBlock, serveBlock } from './run-readme-block.ts';

const NAME = 'zoom-contact-center-webhooks';
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ATTW = join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');

let work: string;
let packed: Packed;
let consumer: string;
let installed: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'zoom-package-'));
  packed = packPackage(work);
  consumer = join(work, 'consumer');
  installTarball(packed.tarball, consumer);
  installed = join(consumer, 'node_modules', NAME);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs tsc from our node_modules on a tsconfig in the consumer project; returns its diagnostics. */
function typeCheck(tsconfig: string, compilerOptions: Record<string, unknown>, files: string[]): string {
  writeFileSync(
    join(consumer, tsconfig),
    JSON.stringify({ compilerOptions: { noEmit: true, ...compilerOptions }, files }, null, 2),
  );
  const run = spawnSync(process.execPath, [TSC, '-p', tsconfig, '--pretty', 'false'], {
    cwd: consumer,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  return `${run.stdout}${run.stderr}`.trim();
}

const STRICT_CONSUMER = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  // Our declaration files are part of what is checked: a consumer may not skip them.
  skipLibCheck: false,
  target: 'ES2022',
};
// The main entry's receiving API names the Fetch API's Request and Response, which a consumer gets from
// @types/node (a Node backend) or from the DOM library (a bundled front end or edge worker).
const NODE_BACKEND = { lib: ['ES2022'], types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] };
const BUNDLED = { lib: ['ES2022', 'DOM'], types: [] };

describe('the tarball', () => {
  it('holds the built files, package.json, README.md, CHANGELOG.md (and LICENSE, once there is one), and nothing else', () => {
    const paths = packed.files.map((file) => file.path);
    const license = existsSync(join(ROOT, 'LICENSE')) ? ['LICENSE'] : [];
    expect(paths.filter((path) => !path.startsWith('dist/')).sort()).toEqual([
      'CHANGELOG.md',
      ...license,
      'README.md',
      'package.json',
    ]);
    expect(paths).not.toContain('dist/cli.cjs'); // the bin is ESM; tsup's CommonJS copy is left out
    expect(paths.filter((path) => !/\.(c?js|d\.c?ts)$/.test(path) && path.startsWith('dist/'))).toEqual([]);
  });

  it('has every file that package.json `exports`, `main`, `types`, `typesVersions` and `bin` point at', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const field of ['exports', 'main', 'module', 'types', 'typesVersions', 'bin']) collect(pkg[field]);
    expect(targets.size).toBeGreaterThan(20);
    const paths = new Set(packed.files.map((file) => file.path));
    expect([...targets].filter((target) => !paths.has(target))).toEqual([]);
  });

  it('declares no runtime dependencies; its peers are optional', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, unknown> | undefined
    >;
    for (const field of ['dependencies', 'bundleDependencies', 'bundledDependencies', 'optionalDependencies'])
      expect(pkg[field], field).toBeUndefined();
    const peers = Object.keys(pkg.peerDependencies ?? {});
    expect(peers.sort()).toEqual(['fast-check', 'vitest']);
    for (const peer of peers) expect(pkg.peerDependenciesMeta?.[peer], peer).toEqual({ optional: true });
  });

  it('imports nothing outside itself but Node built-ins (./node, the CLI) and the optional peers (their own subpaths)', async () => {
    const allowed: Record<string, RegExp | undefined> = {
      index: undefined,
      schemas: undefined,
      'standard-schema': undefined,
      testing: undefined,
      node: /^node:/,
      cli: /^node:/,
      'fast-check': /^fast-check$/,
      vitest: /^vitest$/,
    };
    for (const [entry, pattern] of Object.entries(allowed)) {
      for (const file of entry === 'cli' ? ['cli.js'] : [`${entry}.js`, `${entry}.cjs`]) {
        const imports = await externalImports(join(installed, 'dist', file));
        expect(
          imports.filter((specifier) => !pattern?.test(specifier)),
          file,
        ).toEqual([]);
      }
    }
  });
});

describe('linters', () => {
  it('publint --strict finds nothing, not even a suggestion', async () => {
    const tarball = readFileSync(packed.tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
      level: 'suggestion',
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  it('attw (are the types wrong) finds no problem, and every entry point resolves to types under node10, node16 (CJS and ESM) and bundler', () => {
    const run = spawnSync(process.execPath, [ATTW, packed.tarball, '--format', 'json'], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    const { analysis } = JSON.parse(run.stdout) as {
      analysis: {
        problems: unknown[];
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
      };
    };
    expect(analysis.problems).toEqual([]);
    expect(run.status).toBe(0);
    const resolved = Object.entries(analysis.entrypoints).flatMap(([entry, { resolutions }]) =>
      Object.entries(resolutions).map(
        ([kind, { resolution }]) =>
          `${entry} ${kind} ${resolution?.fileName.replace(/^.*\/dist\//, 'dist/') ?? 'UNRESOLVED'}`,
      ),
    );
    const exportsMap = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(Object.keys(exportsMap.exports).sort());
    expect(resolved.filter((line) => !/ (dist\/.*\.d\.c?ts|.*package\.json)$/.test(line))).toEqual([]);
    expect(resolved).toContain('./standard-schema node10 dist/standard-schema.d.cts');
    expect(resolved).toContain('. node16-esm dist/index.d.ts');
  }, 120_000);
});

describe('a consumer project with the tarball installed', () => {
  beforeAll(() => {
    writeFileSync(join(consumer, 'exhaustive.ts'), exhaustiveSwitchSource());
    writeFileSync(join(consumer, 'commonjs.cts'), commonJsSource());
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16', ...NODE_BACKEND }, ['exhaustive.ts', 'commonjs.cts']],
    [
      'nodenext',
      { module: 'nodenext', moduleResolution: 'nodenext', ...NODE_BACKEND },
      ['exhaustive.ts', 'commonjs.cts'],
    ],
    ['bundler', { module: 'preserve', moduleResolution: 'bundler', ...BUNDLED }, ['exhaustive.ts']],
    ['node10', { module: 'commonjs', moduleResolution: 'node10', ...NODE_BACKEND }, ['exhaustive.ts', 'commonjs.cts']],
  ])(
    'type-checks an exhaustive switch over every event under moduleResolution %s',
    (name, options, files) => {
      expect(typeCheck(`tsconfig.${name}.json`, { ...STRICT_CONSUMER, ...options }, files)).toBe('');
    },
    120_000,
  );

  it('fails to type-check when a case is missing (the `never` check is real)', () => {
    const source = exhaustiveSwitchSource().replace(
      / {4}case "contact_center\.task_created": \{\n.*\n.*\n {4}\}\n/,
      '',
    );
    expect(source).not.toContain('case "contact_center.task_created"');
    writeFileSync(join(consumer, 'missing-case.ts'), source);
    expect(
      typeCheck(
        'tsconfig.missing-case.json',
        { ...STRICT_CONSUMER, ...BUNDLED, module: 'nodenext', moduleResolution: 'nodenext' },
        ['missing-case.ts'],
      ),
    ).toMatch(/missing-case\.ts\(\d+,\d+\): error TS2322: Type 'TaskCreatedEvent' is not assignable to type 'never'/);
  }, 120_000);

  it('createEvent: `undefined` on a required field is a type error under exactOptionalPropertyTypes only, as documented', () => {
    const source = `import { createEvent } from '${NAME}/testing';
export const event = createEvent('contact_center.task_created', { payload: { object: { task_id: undefined } } });
`;
    writeFileSync(join(consumer, 'create-event-undefined.ts'), source);
    const options = { ...BUNDLED, module: 'nodenext', moduleResolution: 'nodenext', strict: true, target: 'ES2022' };
    expect(typeCheck('tsconfig.plain-strict.json', options, ['create-event-undefined.ts'])).toBe('');
    const exact = { ...options, exactOptionalPropertyTypes: true };
    expect(typeCheck('tsconfig.exact-optional.json', exact, ['create-event-undefined.ts'])).toMatch(/error TS2/);
  }, 120_000);

  it.each([
    ['ESM (import)', 'probe.mjs', ['index.js', 'schemas.js', 'standard-schema.js']],
    ['CommonJS (require)', 'probe.cjs', ['index.cjs', 'schemas.cjs', 'standard-schema.cjs']],
  ])('loads at run time as %s', (_kind, file, resolved) => {
    const delivery = examples['contact_center.task_created'];
    writeFileSync(join(consumer, 'delivery.json'), JSON.stringify(delivery));
    writeFileSync(join(consumer, file), runtimeProbeSource(file.endsWith('.mjs') ? 'esm' : 'cjs'));
    const output = execFileSync(process.execPath, [file, 'delivery.json'], {
      cwd: consumer,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(JSON.parse(output)).toEqual({
      resolved,
      event: delivery,
      thrown: { isWebhookEventError: true, code: 'unknown_event' },
      thrownByTesting: { isWebhookEventError: true, code: 'invalid_payload' },
      eventNames: 122,
      schemas: 122,
      guard: true,
      standardValid: true,
    });
  });

  it("as CommonJS, requiring the main entry and parsing one event loads that event's checks; the guards, the receiver and the report pass's schemas load on first use", () => {
    writeFileSync(join(consumer, 'delivery.json'), JSON.stringify(examples['contact_center.task_created']));
    writeFileSync(join(consumer, 'lazy-loading.cjs'), lazyLoadingProbeSource());
    const output = execFileSync(process.execPath, ['lazy-loading.cjs', 'delivery.json'], {
      cwd: consumer,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const { onRequire, onParse, guard, onGuard, refused, onRefusal } = JSON.parse(output);
    expect(onRequire).toEqual(['dist/index.cjs', 'dist/kernel.cjs', 'dist/runtime.cjs', 'dist/validators/check.cjs']);
    // The event's own checks, and the files of shapes it shares with other events; no other event's.
    expect(onParse[0]).toBe('dist/validators/check/TaskCreatedEvent.cjs');
    expect(onParse.slice(1).every((path: string) => /^dist\/validators\/check\/shared-[\w-]+\.cjs$/.test(path))).toBe(
      true,
    );
    expect(onParse.length).toBeLessThanOrEqual(4);
    expect(guard).toBe(true);
    expect(onGuard).toEqual(['dist/index.full.cjs']);
    // The report pass reads its schemas on the first refusal.
    expect(refused).toBe(2);
    expect(onRefusal).toEqual(['dist/data/report-schemas.cjs']);
  });

  it('as CommonJS and as ESM, gives the same verdicts and issues, by default and strictly, for every example and for each of its property values turned to another JSON type', () => {
    const otherType = (value: unknown): unknown =>
      typeof value === 'string'
        ? 12345
        : typeof value === 'number'
          ? '12345'
          : typeof value === 'boolean'
            ? 'true'
            : value === null
              ? 0
              : Array.isArray(value)
                ? {}
                : [];
    const deliveries: unknown[] = [];
    const mutated: boolean[] = [];
    // Each property's value, not an array's items: the document leaves some arrays' items untyped.
    const variants = (root: unknown, value: unknown, replace?: (next: unknown) => void): void => {
      if (replace !== undefined) {
        replace(otherType(value));
        deliveries.push(structuredClone(root));
        mutated.push(true);
        replace(value);
      }
      if (value === null || typeof value !== 'object') return;
      const holder = value as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        variants(
          root,
          holder[key],
          Array.isArray(value)
            ? undefined
            : (next) => {
                holder[key] = next;
              },
        );
      }
    };
    for (const example of Object.values(examples)) {
      const copy = structuredClone(example) as unknown;
      deliveries.push(structuredClone(copy));
      mutated.push(false);
      variants(copy, copy);
    }
    writeFileSync(join(consumer, 'deliveries.json'), JSON.stringify(deliveries));
    writeFileSync(join(consumer, 'verdicts.cjs'), verdictsProbeSource());
    const output = execFileSync(process.execPath, ['verdicts.cjs', 'deliveries.json'], {
      cwd: consumer,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    const verdicts: [string, string][] = JSON.parse(output);
    expect(verdicts).toHaveLength(deliveries.length);
    expect(deliveries.length).toBeGreaterThan(1_000);
    const disagreements = verdicts.filter(([cjs, esm]) => cjs !== esm);
    expect(disagreements).toEqual([]);
    // Every example is valid, and every value of another type refused: the checks ran, in both builds.
    const unexpected = verdicts.flatMap(([cjs], i) => {
      const [valid, strictlyValid, guard, strictGuard] = JSON.parse(cjs) as unknown[];
      const agree = [valid === 'valid', strictlyValid === 'valid', guard, strictGuard].every((v) => v === !mutated[i]);
      return agree ? [] : [[deliveries[i], cjs]];
    });
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('installs the zoom-cc-webhooks bin, which runs', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'zoom-cc-webhooks');
    const run = spawnSync(bin, ['validate', '-'], {
      cwd: consumer,
      input: JSON.stringify(examples['contact_center.task_created']),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('-: valid contact_center.task_created\n1 delivery: 1 valid, 0 invalid\n');
    expect(run.status).toBe(0);
  });
});

/** Makes our own installs of `names` visible to the consumer project, as if it had installed them. */
function linkIntoConsumer(names: readonly string[]): void {
  for (const name of names) {
    const link = join(consumer, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
}

describe('the matcher types, in a consumer project', () => {
  // Type packages linked into the consumer rather than found through `typeRoots`, which would stop the
  // compiler from looking up `types` entries in node_modules.
  beforeAll(() => linkIntoConsumer(['vitest', '@types/node', '@types/jest']));
  const NODE_TYPES = { ...STRICT_CONSUMER, lib: ['ES2022'], module: 'nodenext', moduleResolution: 'nodenext' };

  const uses = (expectName: string): string => `declare const body: unknown;
${expectName}(body).toBeZoomEvent();
${expectName}(body).toBeZoomEvent('contact_center.task_created', { strict: true });
${expectName}(body).not.toBeZoomEvent('contact_center.task_created');
${expectName}([body]).toEqual([${expectName}.toBeZoomEvent('contact_center.task_created')]);
// @ts-expect-error: not an event of the document
${expectName}(body).toBeZoomEvent('contact_center.no_such_event');
`;

  it("vitest: with the README's one-line .d.ts, any test file has the matchers, even one that imports nothing of ours", () => {
    writeFileSync(join(consumer, 'vitest-anywhere.test.ts'), `import { expect } from 'vitest';\n${uses('expect')}`);
    const blocks = readmeTypeScriptBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    const reference = blocks.find((block) => block.code.includes(`/// <reference types="${NAME}/vitest" />`));
    expect(reference).toBeDefined();
    writeFileSync(join(consumer, 'zoom-matchers.d.ts'), reference!.code);
    const files = ['vitest-anywhere.test.ts'];
    expect(
      typeCheck('tsconfig.vitest-reference.json', { ...NODE_TYPES, types: ['node'] }, [...files, 'zoom-matchers.d.ts']),
    ).toBe('');
    // Without it the file does not compile: the reference is what brings the augmentation in.
    expect(typeCheck('tsconfig.vitest-bare.json', { ...NODE_TYPES, types: ['node'] }, files)).toMatch(
      /error TS2339: Property 'toBeZoomEvent' does not exist/,
    );
  }, 120_000);

  it("Jest (@types/jest): the README's augmentation types the matcher, .not, and the asymmetric expect.toBeZoomEvent", () => {
    const blocks = readmeTypeScriptBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    const augmentation = blocks.find((block) => block.code.includes('namespace jest'));
    expect(augmentation).toBeDefined();
    writeFileSync(join(consumer, 'jest-augmentation.ts'), augmentation!.code);
    const test = `import { zoomMatchers } from '${NAME}/vitest';\nexpect.extend(zoomMatchers);\n${uses('expect')}`;
    writeFileSync(join(consumer, 'jest-matcher.test.ts'), test);
    const options = { ...NODE_TYPES, types: ['node', 'jest'] };
    expect(typeCheck('tsconfig.jest.json', options, ['jest-augmentation.ts', 'jest-matcher.test.ts'])).toBe('');
  }, 120_000);
});

describe('README.md', () => {
  // Packages the README's examples import besides this one, linked from our node_modules.
  const EXAMPLE_DEPENDENCIES = [
    'express',
    '@types/express',
    'fastify',
    'hono',
    '@hono/node-server',
    'vitest',
    'fast-check',
  ];
  const blocks = readmeTypeScriptBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const runnable = blocks.filter((block) => block.run.mode === 'run');
  const served = blocks.flatMap((block) =>
    block.run.mode === 'serve' ? [[block.line, block, block.run.path] as const] : [],
  );

  beforeAll(() => {
    linkIntoConsumer(EXAMPLE_DEPENDENCIES);
    mkdirSync(join(consumer, 'readme'), { recursive: true });
  });

  it('runs most examples: few are exempt, each with its reason', () => {
    const modes = blocks.map((block) => block.run.mode);
    expect(modes.filter((mode) => mode === 'run').length).toBeGreaterThanOrEqual(15);
    expect(modes.filter((mode) => mode === 'no-run').length).toBeLessThanOrEqual(2);
  });

  it('states results that the runs check', () => {
    // A guard against comments silently no longer read as results (a changed convention, say).
    expect(runnable.reduce((sum, block) => sum + instrumentBlock(block).assertions, 0)).toBeGreaterThanOrEqual(14);
  });

  it.each(runnable.map((block) => [block.line, block] as const))(
    'the example at README.md:%i runs, printing what its comments say',
    async (_line, block) => {
      const run = await runBlock(consumer, block);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    60_000,
  );

  it.each(served)(
    'the server at README.md:%i starts, and answers a signed delivery with 200',
    async (_line, block, path) => {
      const answer = await serveBlock(consumer, block, path);
      expect(answer.status).toBe(200);
      if (block.code.includes('console.log(')) expect(answer.stdout).toContain(answer.taskId);
    },
    60_000,
  );

  it('links only to its own headings, to absolute URLs, or to files in the tarball (npm shows no others)', () => {
    const prose = readFileSync(join(installed, 'README.md'), 'utf8').replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '');
    const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => headingAnchor(heading!)));
    // Without code spans: `on[name](event)` is no link.
    const targets = [...prose.replace(/`[^`\n]*`/g, '``').matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);
    expect(targets.length).toBeGreaterThan(20);
    const packedPaths = new Set(packed.files.map((file) => file.path));
    const broken = targets.filter((target) =>
      target.startsWith('#')
        ? !anchors.has(target.slice(1))
        : !target.startsWith('https://') && !packedPaths.has(target.replace(/^\.\//, '')),
    );
    expect(broken).toEqual([]);
  });

  it('every ```ts example type-checks against the installed package', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const files = blocks.map(({ line, code }) => {
      const file = `readme/line-${line}.ts`;
      // Each block is its own module, so blocks may reuse names.
      writeFileSync(join(consumer, file), `${code}\nexport {};\n`);
      return file;
    });
    const diagnostics = typeCheck(
      'tsconfig.readme.json',
      {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        skipLibCheck: true,
      },
      files,
    );
    // Diagnostics name readme/line-N.ts: N is the README line of the block's opening fence.
    expect(diagnostics).toBe('');
  }, 120_000);
});
