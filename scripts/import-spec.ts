// npm run import-spec: turns the rendered reference (spec/*.txt) into the OpenAPI JSON document the
// generator reads, in the shape Zoom publishes, and records that provenance (spec/PROVENANCE.json).
// Fails with the line number on anything it cannot read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReference, ReferenceSyntaxError } from './reference/parse-reference.ts';
import { PROVENANCE_JSON, ROOT, REFERENCE_TEXT, SPEC_JSON } from './spec-paths.ts';
import { importedProvenance } from './spec-provenance.ts';
import { formatJson, writeJson } from './write-json.ts';

try {
  const reference = readFileSync(join(ROOT, REFERENCE_TEXT), 'utf8');
  const document = parseReference(reference, REFERENCE_TEXT);
  writeJson(join(ROOT, SPEC_JSON), document);
  writeJson(join(ROOT, PROVENANCE_JSON), importedProvenance(formatJson(document), reference));
  console.log(`${SPEC_JSON}: ${Object.keys(document.paths).length} events`);
} catch (error) {
  if (!(error instanceof ReferenceSyntaxError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
