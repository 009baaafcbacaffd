// The document report: the errata applied, no repairs (spec/ is generated with --strict-document), and
// the document's own examples judged against its own schemas. 109 of 122 fail; the exact set is pinned
// here so that a new version of the document (or a change in how we read it) that changes it is noticed.
import { describe, expect, it } from 'vitest';
import {
  buildDocumentReport,
  buildExampleReport,
  type DocumentReport,
} from '../../scripts/emit/emit-document-report.ts';
import type { ErrataFile } from '../../scripts/errata/apply-errata.ts';
import { ERRATA_JSON } from '../../scripts/spec-paths.ts';
import { readRepoFile, specDocument } from '../support/paths.ts';

/** The 13 examples that pass; every other of the 122 fails. */
const PASSING = [
  'contact_center.call_control_conference_warm_invite_executed',
  'contact_center.business_hours_created',
  'contact_center.closure_updated',
  'contact_center.team_updated',
  'contact_center.team_deleted',
  'contact_center.business_hours_updated',
  'contact_center.business_hours_deleted',
  'contact_center.closure_created',
  'contact_center.closure_deleted',
  'contact_center.team_moved',
  'contact_center.team_created',
  'contact_center.call_control_unhold_call_executed',
  'contact_center.engagement_email_transcript_completed',
];

describe('the example report', () => {
  const document = specDocument();
  const report = buildExampleReport(document);

  it('finds exactly the 109 failing examples', () => {
    const all = Object.keys(document.paths);
    expect(report.events).toBe(122);
    expect(report.withExample).toBe(122);
    expect(report.failing).toBe(109);
    expect(Object.keys(report.failures).sort()).toEqual(all.filter((name) => !PASSING.includes(name)).sort());
  });

  it('gives the reasons: empty date-time and email strings, user_ids as a string, event_ts as a string', () => {
    expect(report.reasons).toEqual({
      'empty string in a "date-time" field': 106,
      'empty string in a "email" field': 6,
      'string where the schema says array': 2,
      'string where the schema says integer': 1,
    });
    const notEmpty = Object.entries(report.failures).flatMap(([event, failures]) =>
      failures.filter((failure) => failure.value !== '').map((failure) => `${event} ${failure.path}`),
    );
    expect(notEmpty.sort()).toEqual([
      'contact_center.call_control_answer_call_executed /event_ts',
      'contact_center.team_members_assigned /payload/object/user_ids',
      'contact_center.team_members_unassigned /payload/object/user_ids',
    ]);
  });

  it('is committed as generated, with the errata applied and no repair', () => {
    const errata = JSON.parse(readRepoFile(ERRATA_JSON)) as ErrataFile;
    const committed = JSON.parse(readRepoFile('generated/document-report.json')) as DocumentReport;
    expect(committed).toEqual(buildDocumentReport(document, errata, []));
    expect(committed.errata.map((erratum) => [erratum.id, erratum.paths.length])).toEqual([
      ['datetime-means-date-time', 8],
    ]);
    expect(committed.repairs).toEqual([]);
    expect(Object.values(committed.repairCounts).every((count) => count === 0)).toBe(true);
    expect(readRepoFile('generated/document-report.md')).toContain('## Repairs: 0');
  });
});
