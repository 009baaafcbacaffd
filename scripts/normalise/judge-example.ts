// Whether a value is valid against a normalised schema, as the package's validators judge it (its own
// format checks, so "" passes date-time and email; formats without a check are annotations).
import type { Format } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { FORMATS } from '../../src/kernel/formats.ts';
import type { SchemaObject } from '../openapi.ts';

let ajv: Ajv2020.default | undefined;

export function isValidExample(schema: SchemaObject, value: unknown): boolean {
  if (!ajv) {
    ajv = new Ajv2020.default({ strict: false, logger: false, allErrors: false });
    for (const [name, rule] of Object.entries(FORMATS))
      ajv.addFormat(name, { type: rule.type, validate: rule.check } as Format);
  }
  const { examples: _examples, ...rules } = schema;
  return ajv.validate(rules, value);
}
