// The proof of fidelity: the JSON document, rendered back in the reference's text form, reproduces the
// reference byte for byte, for every event's request body, response and example. No normalisation is
// applied to either side, so nothing the rendering shows can have been lost or changed on import. It
// applies to JSON obtained that way (spec/PROVENANCE.json says so); Zoom's JSON dropped in as published
// is not a rendering of the text, so it is not compared with it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../scripts/reference/parse-reference.ts';
import { renderReference } from '../../scripts/reference/render-reference.ts';
import { formatJson } from '../../scripts/write-json.ts';
import { SPEC_JSON } from '../../scripts/spec-paths.ts';
import { readProvenance } from '../../scripts/spec-provenance.ts';
import { ROOT, readRepoFile, referenceText, specDocument } from '../support/paths.ts';

/** The reference split into its operations, keyed by event name, so a failure names the event. */
function operations(text: string): Map<string, string> {
  const parts = text.split(/\n(?=POST \S+\n)/);
  return new Map(parts.slice(1).map((part) => [part.slice(5, part.indexOf('\n')), part]));
}

const imported = readProvenance().obtained.by === 'import-spec';

describe.runIf(imported)('the committed OpenAPI document, imported from the reference', () => {
  const reference = referenceText();
  const document = specDocument();
  const rendered = renderReference(document);

  it('has all 122 events, in the reference order', () => {
    expect(Object.keys(document.paths)).toEqual([...operations(reference).keys()]);
    expect(Object.keys(document.paths)).toHaveLength(122);
  });

  it('renders back to the reference byte for byte', () => {
    expect(rendered.length).toBe(reference.length);
    expect(rendered === reference).toBe(true);
  });

  const expected = operations(reference);
  const actual = operations(rendered);
  it.each([...expected.keys()])('%s: request body, response and examples round-trip', (name) => {
    expect(actual.get(name)).toBe(expected.get(name));
  });

  it('is exactly what npm run import-spec writes', () => {
    expect(formatJson(parseReference(reference, 'reference'))).toBe(readRepoFile(SPEC_JSON));
  });

  it('keeps the examples as JSON strings in Zoom’s published shape', () => {
    for (const [name, { post }] of Object.entries(document.paths)) {
      expect(post.operationId).toBe(name);
      expect(post.tags).toEqual(['contact_center']);
      for (const media of [
        post.requestBody!.content['application/json']!,
        post.responses!['200']!.content!['application/json']!,
      ]) {
        const example = media.examples!['json-example']!;
        expect(example.summary).toBe('JSON example');
        expect(typeof example.value).toBe('string');
        expect(() => JSON.parse(example.value)).not.toThrow();
      }
    }
  });

  it('types integer enums as numbers and string enums as strings', () => {
    const json = JSON.stringify(document);
    expect(json).toContain('"enum":[1,2,3,4,5,6,7]');
    expect(json).not.toMatch(/"type":"integer","enum":\["/);
  });

  it('orders properties as the document’s example shows them', () => {
    const object =
      document.paths['contact_center.task_created']!.post.requestBody!.content['application/json']!.schema.properties!
        .payload!.properties!.object!.properties!;
    expect(Object.keys(object).slice(0, 4)).toEqual(['task_id', 'flow_id', 'task_status', 'flow_name']);
  });

  it('keeps an array without items without items', () => {
    const object =
      document.paths['contact_center.team_members_assigned']!.post.requestBody!.content['application/json']!.schema
        .properties!.payload!.properties!.object!;
    expect(object.properties!.user_ids).toEqual({
      type: 'array',
      description: "The user's ID list assigned to the team.",
    });
  });

  const seed = join(ROOT, '..', 'shared', 'seed', '000_364dc7fbb9851490.txt');
  it.runIf(existsSync(seed))('spec/ holds an exact copy of the shared reference', () => {
    expect(readFileSync(seed, 'utf8') === reference).toBe(true);
  });
});
