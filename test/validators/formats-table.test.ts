// The kernel's format table is the one place a format is defined: for each of its formats, the check
// code the generator writes, the reporter and the issue messages all follow the table's entry.
import { describe, expect, it } from 'vitest';
import { CHECKED_FORMATS } from '../../scripts/emit/emit-validators.ts';
import { writeAjvCheckModule } from '../../scripts/emit/write-ajv-check-module.ts';
import { FORMATS, type FormatName } from '../../src/kernel/formats.ts';
import { reportValidator } from '../../src/kernel/report-validator.ts';
import { toIssues } from '../../src/validation/to-issues.ts';
import { loadValidatorModule } from './load-validator-module.ts';

/** Values of each type group, some inside each format and some outside it. */
const CANDIDATES = {
  string: ['', 'x', '2025-02-16T09:27:15.987Z', '2025-02-30T09:27:15Z', 'jane.doe@example.com', 'jane.doe@', '1'],
  number: [0, 1, -2147483648, 2147483648, 2 ** 53, 1.5, -0.25],
};

describe.each(Object.keys(FORMATS) as FormatName[])('the format %s', (name) => {
  const rule = FORMATS[name];
  const schema = { type: rule.type === 'number' ? 'number' : 'string', format: name };
  const check = loadValidatorModule(
    writeAjvCheckModule([{ exportName: 'F', schema }], { formats: CHECKED_FORMATS, kernel: 'kernel', header: '' }),
  ).F!;
  const report = reportValidator(schema);
  const candidates: unknown[] = CANDIDATES[rule.type];

  it('is judged by its check in the written check code and in the reporter', () => {
    const verdicts = candidates.map((value) => (rule.check as (value: unknown) => boolean)(value));
    expect(verdicts, 'the candidates must include values the format refuses').toContain(false);
    expect(candidates.map((value) => check(value))).toEqual(verdicts);
    expect(candidates.map((value) => report(value))).toEqual(verdicts);
  });

  it("words a refusal with the table's expected text", () => {
    const refused = candidates.find((value) => !report(value));
    const issues = toIssues(report.errors ?? [], refused);
    expect(issues).toEqual([
      { path: '', keyword: 'format', message: expect.stringContaining(`expected ${rule.expected}, received`) },
    ]);
  });

  it('leaves values of other types alone (as ajv-formats does)', () => {
    const other = rule.type === 'string' ? 12 : 'twelve';
    expect([check(other), report(other)]).toEqual([false, false]); // the type refuses it
    const untyped = { format: name };
    const untypedCheck = loadValidatorModule(
      writeAjvCheckModule([{ exportName: 'U', schema: untyped }], {
        formats: CHECKED_FORMATS,
        kernel: 'kernel',
        header: '',
      }),
    ).U!;
    expect([untypedCheck(other), reportValidator(untyped)(other)]).toEqual([true, true]);
  });
});
