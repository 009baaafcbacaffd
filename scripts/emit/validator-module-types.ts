// What the two validator module writers (write-ajv-check-module.ts, write-report-module.ts) take.
import type { SchemaObject } from '../openapi.ts';

/** One exported validator: its export name (the event's type name) and the schema it validates. */
export interface ValidatorRoot {
  exportName: string;
  schema: SchemaObject;
}

export interface CheckedFormat {
  /** The name src/kernel/format-checks.ts exports the check under. */
  check: string;
  /** The JSON type the format applies to; values of other types pass (as in ajv-formats). */
  type: 'string' | 'number';
  /** Every integer passes the check (FormatRule.passesEveryInteger). */
  passesEveryInteger: boolean;
}

export interface CheckModuleOptions {
  formats: Readonly<Record<string, CheckedFormat>>;
  /** The import specifier of the kernel entry (src/kernel/index.ts), as the written module sees it. */
  kernel: string;
  header: string;
}
