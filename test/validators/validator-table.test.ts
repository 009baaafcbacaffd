import { describe, expect, it } from 'vitest';
import { eventNames } from '../../generated/event-names.ts';
import { examples } from '../../generated/examples.ts';
import { validatorsOf } from '../../generated/validator-table.ts';
import * as check from '../../generated/validators/check.js';
import * as report from '../../generated/validators/report.js';
import { eventTypeNames } from '../../scripts/normalise/type-names.ts';
import type { ReportValidator } from '../../src/kernel/index.ts';

const typeNames = eventTypeNames(eventNames);
// The generated modules' exports by name (what the table must agree with).
const exported = {
  check: check as unknown as Record<string, unknown>,
  report: report as unknown as Record<string, ReportValidator>,
};
const options = { maxErrors: 100, unknownFields: true };

describe('validatorsOf', () => {
  it("gives each event its own check, and a report validator that reports as the event's named one does", () => {
    for (const name of eventNames) {
      const typeName = typeNames.get(name)!;
      const validators = validatorsOf(name)!;
      expect(validators[0], name).toBe(exported.check[typeName]);
      const named = exported.report[typeName]!;
      const example = examples[name as keyof typeof examples] as { payload: object };
      for (const value of [example, { ...example, payload: {} }, { ...example, extra: 1 }, null]) {
        expect(validators[1].collect(value, options), `${name} ${JSON.stringify(value)?.slice(0, 80)}`).toEqual(
          named.collect(value, options),
        );
      }
      expect(validators[1].onlyKnownFields(example)).toBe(named.onlyKnownFields(example));
    }
  });

  it("makes an event's validators once: every lookup gives the same ones", () => {
    for (const name of eventNames) expect(validatorsOf(name)).toBe(validatorsOf(name));
  });

  it('knows no other name, inherited ones included', () => {
    for (const name of ['contact_center.nope', 'toString', '__proto__', 'constructor', '', 'hasOwnProperty']) {
      expect(validatorsOf(name)).toBeUndefined();
    }
  });
});
