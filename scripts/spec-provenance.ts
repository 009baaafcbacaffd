// Where spec/'s OpenAPI document came from. The JSON is the document; importing Zoom's rendered reference
// (npm run import-spec) is one way to obtain it, downloading Zoom's published JSON is another. The record
// names the way and pins the JSON by its SHA-256, so a replaced document without a record fails the tests,
// and the round-trip proof (test/spec/round-trip.test.ts) applies exactly when the JSON was imported.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVENANCE_JSON, REFERENCE_TEXT, ROOT, SPEC_JSON } from './spec-paths.ts';

export type Obtained =
  /** Imported from Zoom's reference rendered to text, `from` (a file in spec/). */
  | { by: 'import-spec'; from: string; sha256: string }
  /** Zoom's published JSON, downloaded from `from` (its address) on `on` (a date, YYYY-MM-DD). */
  | { by: 'download'; from: string; on: string };

export interface Provenance {
  $comment: string;
  document: string;
  sha256: string;
  obtained: Obtained;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function provenanceOf(documentText: string, obtained: Obtained): Provenance {
  return {
    $comment:
      'Where the document came from. Written by npm run import-spec, or by npm run spec:provenance -- --from ' +
      'ADDRESS --on DATE ' +
      "for Zoom's JSON dropped in as it is published. The tests check sha256 against the document.",
    document: SPEC_JSON,
    sha256: sha256(documentText),
    obtained,
  };
}

/** The provenance of the document imported from the rendered reference. */
export const importedProvenance = (documentText: string, referenceText: string): Provenance =>
  provenanceOf(documentText, { by: 'import-spec', from: REFERENCE_TEXT, sha256: sha256(referenceText) });

export const readProvenance = (): Provenance =>
  JSON.parse(readFileSync(join(ROOT, PROVENANCE_JSON), 'utf8')) as Provenance;
