// npm run generate [-- --spec FILE --out DIR --errata FILE|--no-errata]
// Reads an OpenAPI document of Zoom's webhook generation and writes types, validators, schemas and the
// example report. The defaults are this package's own document, its errata, and generated/.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFiles } from './generate-files.ts';
import { ERRATA_JSON, GENERATED_DIR, ROOT, SPEC_JSON } from './spec-paths.ts';

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    out: { type: 'string' },
    errata: { type: 'string' },
    'no-errata': { type: 'boolean', default: false },
  },
});
const spec = resolve(values.spec ?? join(ROOT, SPEC_JSON));
const out = resolve(values.out ?? join(ROOT, GENERATED_DIR));
// Our errata point into our document; another document gets only the errata it is given.
const errata = values['no-errata'] ? undefined : (values.errata ?? (values.spec ? undefined : join(ROOT, ERRATA_JSON)));

try {
  const { files, warnings } = await generateFiles({ spec, out, ...(errata ? { errata: resolve(errata) } : {}) });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  rmSync(out, { recursive: true, force: true });
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), contents);
  }
  console.log(`${out}: ${files.size} files (${readdirSync(out, { recursive: true }).length} entries)`);
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
