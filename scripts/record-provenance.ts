// npm run spec:provenance -- --from ADDRESS --on YYYY-MM-DD
// Records that spec/'s OpenAPI document is Zoom's published JSON, downloaded from ADDRESS on that date
// (npm run import-spec records its own provenance).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROVENANCE_JSON, ROOT, SPEC_JSON } from './spec-paths.ts';
import { provenanceOf } from './spec-provenance.ts';
import { writeJson } from './write-json.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, on: { type: 'string' } } });
if (!values.from || !values.on || !/^\d{4}-\d{2}-\d{2}$/.test(values.on)) {
  console.error('usage: npm run spec:provenance -- --from ADDRESS --on YYYY-MM-DD');
  process.exitCode = 1;
} else {
  const text = readFileSync(join(ROOT, SPEC_JSON), 'utf8');
  writeJson(join(ROOT, PROVENANCE_JSON), provenanceOf(text, { by: 'download', from: values.from, on: values.on }));
  console.log(`${PROVENANCE_JSON}: ${SPEC_JSON} downloaded from ${values.from} on ${values.on}`);
}
