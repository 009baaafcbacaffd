// The defects of Zoom's published webhook documents that the normaliser repairs, each by a named repair
// whose intent is certain. Every repair is recorded with the JSON Pointer of what it changed and the
// erratum (spec/errata.json) that would make it unnecessary; `--strict-document` refuses a document that
// needs any. A defect whose intent is not certain is not repaired: it fails, naming the erratum that
// would settle it.
import type { JsonValue } from '../openapi.ts';
import { SchemaError } from './schema-error.ts';

/** Each repair, by name: the defect, and what the repair does. */
export const REPAIRS = {
  'property-schema-is-a-string':
    'a keyword written inside `properties` (`"type": "object"` there gives a property named `type` the schema ' +
    '"object"): moved up to the schema it belongs to',
  'property-outside-properties':
    'a property written directly inside an object schema, without its `properties` wrapper (it reads as an unknown ' +
    'keyword): moved into `properties`',
  'properties-misspelt': '`property` written for `properties`: renamed',
  'dialect-inside-schema':
    '`$schema` inside a request-body schema (the document, not each schema, names the dialect): dropped',
  'example-not-json': 'an example delivery that is not valid JSON: left out (listed with the failing examples)',
  'object-type-missing':
    'a schema with `properties` or `required` but no `type` (the event envelope included): given `"type": "object"`',
  'type-name-not-json-schema':
    'a type name JSON Schema does not have (`long`, `int`, `double`, ...): replaced by the type it stands for',
  'required-names-missing-property':
    '`required` names a property that `properties` lacks, so nothing says what it holds: the name is dropped from ' +
    '`required`',
  'required-names-twice':
    '`required` names a property twice (the JSON Schema meta-schema refuses it): the repeats are dropped',
  'field-example-invalid':
    "a field's `example` that the field's own schema refuses: dropped, so no generated example shows it",
  'format-without-check':
    'a format the package has no check for (`int`, `datetime`, ...): kept as an annotation only, as JSON Schema ' +
    'prescribes',
} as const;

export type RepairName = keyof typeof REPAIRS;

/** One change of an erratum: replace `from` by `to`; without `from`, add; without `to`, remove. */
export interface ErratumChange {
  path: string;
  from?: JsonValue;
  to?: JsonValue;
}

export interface Repair {
  repair: RepairName;
  /** JSON Pointer (RFC 6901) into the document, of the schema or value repaired. */
  pointer: string;
  message: string;
  /** The changes an erratum would make to the document so that this repair is not needed. */
  erratum: ErratumChange[];
}

/** The repairs made while normalising one document, each once (a $ref target is read once per use). */
export class RepairLog {
  readonly repairs: Repair[] = [];
  readonly #seen = new Set<string>();

  add(repair: Repair): void {
    const key = JSON.stringify([repair.repair, repair.pointer, repair.message]);
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.repairs.push(repair);
  }
}

/** A URI fragment as the normaliser writes locations ("#/paths/...") as a JSON Pointer ("/paths/..."). */
export const pointerOf = (at: string): string => (at.startsWith('#') ? at.slice(1) : at);

/** Fails on a defect whose intent is not certain, naming where and the erratum that would settle it. */
export function uncertainDefect(at: string, defect: string, erratum: ErratumChange[]): never {
  throw new SchemaError(
    `${at}: ${defect}. Its intent is not certain, so it is not repaired; an erratum in spec/errata.json settles it, ` +
      `for example ${JSON.stringify({ id: 'name-it', reason: 'why', changes: erratum })}`,
  );
}

/** The error `--strict-document` raises for a document that needed repairs. */
export function repairsRefused(repairs: readonly Repair[]): SchemaError {
  const lines = repairs.map(
    (repair) =>
      `- ${repair.repair} at ${repair.pointer}: ${repair.message}\n  erratum changes: ` +
      `${JSON.stringify(repair.erratum)}`,
  );
  return new SchemaError(
    `--strict-document: the document needs ${repairs.length} repair${repairs.length === 1 ? '' : 's'}; ` +
      `correct it with errata (spec/errata.json), or generate without --strict-document:\n${lines.join('\n')}`,
  );
}
