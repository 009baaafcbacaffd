// npm run import-spec: turns the rendered reference (spec/*.txt) into the OpenAPI JSON document the
// generator reads, in the shape Zoom publishes. Fails with the line number on anything it cannot read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReference, ReferenceSyntaxError } from './reference/parse-reference.ts';
import { ROOT, REFERENCE_TEXT, SPEC_JSON } from './spec-paths.ts';
import { writeJson } from './write-json.ts';

try {
  const document = parseReference(readFileSync(join(ROOT, REFERENCE_TEXT), 'utf8'), REFERENCE_TEXT);
  writeJson(join(ROOT, SPEC_JSON), document);
  console.log(`${SPEC_JSON}: ${Object.keys(document.paths).length} events`);
} catch (error) {
  if (!(error instanceof ReferenceSyntaxError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
