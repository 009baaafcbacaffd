// tsx scripts/generate.ts [--spec FILE] [--out DIR] [--docs DIR] [--errata FILE|--no-errata] [--strict-document]
// Reads an OpenAPI document of Zoom's webhook generation and writes types, validators, schemas, examples
// and the document report into --out, and the event catalogue into --docs. The defaults are this
// package's own document, its errata, generated/ and docs/events/ (with --out alone, the catalogue goes
// to OUT/docs). `npm run generate` adds --strict-document: spec/ must need no repair (errata correct it).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFiles } from './generate-files.ts';
import { CATALOGUE_DIR, ERRATA_JSON, GENERATED_DIR, ROOT, SPEC_JSON } from './spec-paths.ts';

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    out: { type: 'string' },
    docs: { type: 'string' },
    errata: { type: 'string' },
    'no-errata': { type: 'boolean', default: false },
    'strict-document': { type: 'boolean', default: false },
  },
});
const spec = resolve(values.spec ?? join(ROOT, SPEC_JSON));
const out = resolve(values.out ?? join(ROOT, GENERATED_DIR));
const docs = resolve(values.docs ?? (values.out ? join(out, 'docs') : join(ROOT, CATALOGUE_DIR)));
// Our errata point into our document; another document gets only the errata it is given.
const errata = values['no-errata'] ? undefined : (values.errata ?? (values.spec ? undefined : join(ROOT, ERRATA_JSON)));

try {
  const strictDocument = values['strict-document'];
  const { files, catalogue, repairs } = await generateFiles({
    spec,
    out,
    strictDocument,
    ...(errata ? { errata: resolve(errata) } : {}),
  });
  for (const repair of repairs) console.warn(`repaired (${repair.repair}) ${repair.pointer}: ${repair.message}`);
  for (const [folder, written] of [
    [out, files],
    [docs, catalogue],
  ] as const) {
    rmSync(folder, { recursive: true, force: true });
    for (const [path, contents] of written) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), contents);
    }
    console.log(`${folder}: ${written.size} files (${readdirSync(folder, { recursive: true }).length} entries)`);
  }
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
