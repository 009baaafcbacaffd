// spec/PROVENANCE.json says where the document came from and pins it by hash: a document replaced
// without a record fails here, saying how to record it.
import { describe, expect, it } from 'vitest';
import { REFERENCE_TEXT, SPEC_JSON } from '../../scripts/spec-paths.ts';
import { importedProvenance, provenanceOf, readProvenance, sha256 } from '../../scripts/spec-provenance.ts';
import { readRepoFile } from '../support/paths.ts';

describe('spec/PROVENANCE.json', () => {
  const provenance = readProvenance();

  it('pins the document it describes', () => {
    expect(provenance.document).toBe(SPEC_JSON);
    expect(
      provenance.sha256,
      `${SPEC_JSON} changed without its provenance: npm run import-spec (from the rendered reference), or ` +
        "npm run spec:provenance -- --from ADDRESS --on YYYY-MM-DD (Zoom's JSON as published)",
    ).toBe(sha256(readRepoFile(SPEC_JSON)));
  });

  it.runIf(provenance.obtained.by === 'import-spec')('names the reference it was imported from, as it is now', () => {
    expect(provenance).toEqual(importedProvenance(readRepoFile(SPEC_JSON), readRepoFile(REFERENCE_TEXT)));
  });

  it.runIf(provenance.obtained.by === 'download')('names the address and the day it was downloaded', () => {
    const obtained = provenance.obtained as { from: string; on: string };
    expect(obtained.from).toMatch(/^https:\/\//);
    expect(obtained.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('tells a downloaded document from an imported one', () => {
    const text = '{"openapi":"3.1.0"}\n';
    const downloaded = provenanceOf(text, {
      by: 'download',
      from: 'https://example.com/webhooks.json',
      on: '2026-12-01',
    });
    expect(downloaded.sha256).toBe(sha256(text));
    expect(downloaded.obtained).toEqual({
      by: 'download',
      from: 'https://example.com/webhooks.json',
      on: '2026-12-01',
    });
    expect(importedProvenance(text, 'reference').obtained).toEqual({
      by: 'import-spec',
      from: REFERENCE_TEXT,
      sha256: sha256('reference'),
    });
  });
});
