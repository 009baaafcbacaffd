// For every event of the document: a full valid payload and a required-fields-only payload are accepted;
// every required field missing, every field of the wrong type, every enum and every format violated is
// refused with exactly one issue, at the exact path, with the schema keyword that failed.
import { describe, expect, it } from 'vitest';
import { eventSchemas } from '../../generated/event-schemas.ts';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { eventNames, isEvent, parseEvent, safeParseEvent, type WebhookEventIssue } from '../../src/index.ts';
import { edit, propertyFacts, wrongTypeFor } from '../support/schema-facts.ts';

function refusal(payload: unknown): { code: string; issues: readonly WebhookEventIssue[] } {
  const result = safeParseEvent(payload);
  if (result.success) throw new Error('expected the payload to be refused');
  return { code: result.error.code, issues: result.error.issues };
}

/** The fields of an event's schema that its tests edit, and which of them are required, enums, formats. */
function casesOf(name: (typeof eventNames)[number]) {
  const schema = eventSchemas[name] as Parameters<typeof propertyFacts>[0];
  const facts = propertyFacts(schema, examples[name]).filter((fact) => fact.pointer !== '/event');
  return {
    facts,
    required: facts.filter((fact) => fact.required),
    enums: facts.filter((fact) => Array.isArray(fact.schema.enum)),
    formats: facts.filter((fact) => fact.schema.format === 'date-time' || fact.schema.format === 'email'),
  };
}

describe.each(eventNames.map((name) => [name]))('%s', (name) => {
  const full = examples[name];
  const minimal = minimalExamples[name];
  const { facts, required, enums, formats } = casesOf(name);

  it('accepts a full valid payload and a required-fields-only payload, by default and strictly', () => {
    for (const payload of [full, minimal]) {
      expect(parseEvent(JSON.stringify(payload))).toEqual(payload);
      expect(parseEvent(payload, { strict: true })).toEqual(payload);
      expect(isEvent(payload, name)).toBe(true);
    }
  });

  it('refuses each required field missing, at the path of the missing field', () => {
    for (const fact of required) {
      expect(refusal(edit(full, fact.tokens, undefined, true)), fact.pointer).toEqual({
        code: 'invalid_payload',
        issues: [{ path: fact.pointer, keyword: 'required', message: `required property "${fact.name}" is missing` }],
      });
    }
  });

  it('refuses each field of the wrong type, at its path', () => {
    for (const fact of facts) {
      const { code, issues } = refusal(edit(full, fact.tokens, wrongTypeFor(fact.schema)));
      expect(code).toBe('invalid_payload');
      expect(
        issues.map((issue) => [issue.path, issue.keyword]),
        fact.pointer,
      ).toEqual([[fact.pointer, 'type']]);
      expect(issues[0]!.message).toMatch(/^expected \w+(?: or \w+)*, received /);
    }
  });

  it('refuses each enum violated, naming the allowed values', () => {
    for (const fact of enums) {
      const members = fact.schema.enum as unknown[];
      const outsider = typeof members[0] === 'number' ? 987654 : 'not-a-member';
      const { issues } = refusal(edit(full, fact.tokens, outsider));
      expect(issues, fact.pointer).toEqual([
        {
          path: fact.pointer,
          keyword: 'enum',
          message: `expected one of ${members.map((m) => JSON.stringify(m)).join(', ')}, received ${typeof outsider === 'number' ? 'the integer 987654' : '"not-a-member"'}`,
        },
      ]);
    }
  });

  it('refuses each format violated by a non-empty string, and accepts the empty string', () => {
    for (const fact of formats) {
      const garbage = fact.schema.format === 'email' ? 'agent at example dot com' : '2025-02-30T25:00:00Z';
      const { issues } = refusal(edit(full, fact.tokens, garbage));
      expect(
        issues.map((issue) => [issue.path, issue.keyword]),
        fact.pointer,
      ).toEqual([[fact.pointer, 'format']]);
      expect(parseEvent(edit(full, fact.tokens, ''))).toBeTruthy();
    }
  });
});

describe('the per-event tests', () => {
  it('covered the document (required fields, types, enums and formats in the hundreds)', () => {
    // Guards against a walker that silently found nothing. Counted here, not by the tests above, so that
    // this test holds whether or not they ran first (or at all).
    const counts = { required: 0, type: 0, enum: 0, format: 0 };
    for (const name of eventNames) {
      const cases = casesOf(name);
      counts.required += cases.required.length;
      counts.type += cases.facts.length;
      counts.enum += cases.enums.length;
      counts.format += cases.formats.length;
    }
    expect(counts.required).toBeGreaterThan(400);
    expect(counts.type).toBeGreaterThan(2000);
    expect(counts.enum).toBeGreaterThan(300);
    expect(counts.format).toBeGreaterThan(200);
  });
});
