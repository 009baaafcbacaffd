// The check code (written by the generator from CHECKED_FORMATS) and collectErrors (which reads
// FORMAT_CHECKS at run time) must check the same formats, with the same functions, for the same types.
import { describe, expect, it } from 'vitest';
import { CHECKED_FORMATS } from '../../scripts/emit/emit-validators.ts';
import * as formatChecks from '../../src/kernel/format-checks.ts';
import { FORMAT_CHECKS } from '../../src/kernel/collect-errors.ts';

describe('the two tables of checked formats', () => {
  it('name the same formats, checks and types', () => {
    const generator = Object.entries(CHECKED_FORMATS).map(([name, { check, type }]) => [name, (formatChecks as Record<string, unknown>)[check], type]);
    const runtime = Object.entries(FORMAT_CHECKS).map(([name, { check, type }]) => [name, check, type]);
    expect(generator.every(([, check]) => typeof check === 'function')).toBe(true);
    expect(runtime).toEqual(generator);
  });
});
