import { describe, expect, it } from 'vitest';
import { applyErrata, type ErrataFile } from '../../scripts/errata/apply-errata.ts';
import { getAtPointer, parsePointer } from '../../scripts/json-pointer.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';
import { ERRATA_JSON } from '../../scripts/spec-paths.ts';
import { readRepoFile, specDocument } from '../support/paths.ts';

const errata = JSON.parse(readRepoFile(ERRATA_JSON)) as ErrataFile;

describe('spec/errata.json', () => {
  it('gives every correction an id, a reason and where it applies', () => {
    for (const erratum of errata.corrections) {
      expect(erratum.id).toMatch(/^[a-z0-9-]+$/);
      expect(erratum.reason.length).toBeGreaterThan(40);
      expect(erratum.changes.length).toBeGreaterThan(0);
    }
  });

  it('turns the non-standard "datetime" format into "date-time" in all 4 places of request and response', () => {
    const document = specDocument();
    const count = (doc: unknown): number => JSON.stringify(doc).split('"format":"datetime"').length - 1;
    expect(count(document)).toBe(8);
    const corrected = applyErrata(document, errata);
    expect(count(corrected)).toBe(0);
    const datetime = errata.corrections.find((erratum) => erratum.id === 'datetime-means-date-time')!;
    expect(datetime.changes.filter((change) => change.path.includes('/requestBody/'))).toHaveLength(4);
    for (const change of datetime.changes) expect(getAtPointer(corrected, parsePointer(change.path))).toBe('date-time');
  });

  it('does not change the document it is given', () => {
    const document = specDocument();
    const before = JSON.stringify(document);
    applyErrata(document, errata);
    expect(JSON.stringify(document)).toBe(before);
  });

  it('fails when the document no longer says what a correction corrects', () => {
    const corrected = applyErrata(specDocument(), errata);
    expect(() => applyErrata(corrected, errata)).toThrow(/is "date-time", not "datetime"/);
  });

  it('fails when a correction points at nothing', () => {
    const bad: ErrataFile = {
      corrections: [{ id: 'x', reason: 'a reason', changes: [{ path: '/paths/nope/post', from: 1, to: 2 }] }],
    };
    expect(() => applyErrata(specDocument(), bad)).toThrow(/does not exist/);
  });

  it('adds a value where a change has no "from", and removes one where it has no "to"', () => {
    const document = {
      openapi: '3.1.0',
      paths: { a: { post: { x: 1, list: ['p', 'q', 'r'] } } },
    } as unknown as OpenApiDocument;
    const corrected = applyErrata(document, {
      corrections: [
        {
          id: 'x',
          reason: 'a reason',
          changes: [
            { path: '/paths/a/post/y', to: 2 },
            { path: '/paths/a/post/x', from: 1 },
            { path: '/paths/a/post/list/1', from: 'q' },
          ],
        },
      ],
    });
    expect(corrected.paths['a']!.post).toEqual({ y: 2, list: ['p', 'r'] });
    expect(() =>
      applyErrata(document, {
        corrections: [{ id: 'x', reason: 'a reason', changes: [{ path: '/paths/a/post/x', to: 2 }] }],
      }),
    ).toThrow(/exists, but the erratum adds it/);
    expect(() =>
      applyErrata(document, {
        corrections: [{ id: 'x', reason: 'a reason', changes: [{ path: '/paths/a/post/z', from: 2 }] }],
      }),
    ).toThrow(/does not exist/);
    expect(() =>
      applyErrata(document, { corrections: [{ id: 'x', reason: 'a reason', changes: [{ path: '/paths/a/post/x' }] }] }),
    ).toThrow(/needs "from", "to" or both/);
  });
});
