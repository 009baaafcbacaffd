// The TypeScript a consumer writes, generated from the event list so it can never fall behind it:
// an exhaustive switch over every event (`never` in `default`, so a missing case is a compile error),
// each case naming the event's own exported type.
import { eventNames } from '../../generated/event-names.ts';
import { eventTypeNames, guardName } from '../../scripts/normalise/type-names.ts';

const PACKAGE = 'zoom-contact-center-webhooks';

/** An ES module that handles every event; it must compile under every resolution. */
export function exhaustiveSwitchSource(): string {
  const typeNames = eventTypeNames(eventNames);
  const types = [...typeNames.values()];
  const cases = eventNames.map((name) => {
    const type = typeNames.get(name)!;
    return `    case ${JSON.stringify(name)}: {\n      const narrowed: ${type} = event;\n      return narrowed.event;\n    }`;
  });
  return `import {
  parseEvent,
  safeParseEvent,
  isEvent,
  eventNames,
  WebhookEventError,
  MAX_ISSUES,
  ${types.map(guardName).join(',\n  ')},
  type ContactCenterEvent,
  type EventName,
  type EventOf,
  type PayloadObjectOf,
  type ParseOptions,
  type SafeParseResult,
  type WebhookEventErrorCode,
  type WebhookEventIssue,
  ${types.map((type) => `type ${type}`).join(',\n  ')},
} from '${PACKAGE}';
import { eventSchemas, type JsonSchema } from '${PACKAGE}/schemas';
import { eventStandardSchema, contactCenterEventSchema, type StandardSchemaV1 } from '${PACKAGE}/standard-schema';

export function describe(event: ContactCenterEvent): string {
  switch (event.event) {
${cases.join('\n')}
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const used: unknown[] = [];
const options: ParseOptions = { strict: true };
const result: SafeParseResult<ContactCenterEvent> = safeParseEvent('{}', options);
if (!result.success) {
  const code: WebhookEventErrorCode = result.error.code;
  const issues: readonly WebhookEventIssue[] = result.error.issues;
  const error: WebhookEventError = result.error;
  used.push(code, issues.length <= MAX_ISSUES, error.event);
}
const names: readonly EventName[] = eventNames;
declare const unknownValue: unknown;
const fromBytes: ContactCenterEvent = parseEvent(new Uint8Array());
if (isEvent(unknownValue, 'contact_center.task_created')) {
  const taskId: string = unknownValue.payload.object.task_id;
  const object: PayloadObjectOf<'contact_center.task_created'> = unknownValue.payload.object;
  const same: EventOf<'contact_center.task_created'> = unknownValue;
  used.push(taskId, object, same);
}
const guards: ((value: unknown) => boolean)[] = [${types.map(guardName).join(', ')}];
const schema: JsonSchema = eventSchemas['contact_center.task_created'];
const standard: StandardSchemaV1<TaskCreatedEvent> = eventStandardSchema('contact_center.task_created');
const anyEvent: StandardSchemaV1<ContactCenterEvent> = contactCenterEventSchema;
used.push(names, guards, schema, standard, anyEvent, fromBytes);
`;
}

/** A CommonJS module (.cts) using the entries through `require` conditions. */
export function commonJsSource(): string {
  return `import { parseEvent, eventNames, type ContactCenterEvent } from '${PACKAGE}';
import { eventSchemas } from '${PACKAGE}/schemas';
import { contactCenterEventSchema } from '${PACKAGE}/standard-schema';

export function first(body: string): ContactCenterEvent {
  return parseEvent(body);
}
export const counts: [number, number, number] = [eventNames.length, Object.keys(eventSchemas).length, contactCenterEventSchema['~standard'].version];
`;
}

/**
 * A script that loads the package at run time, as ESM (`import`) or CommonJS (`require`), and prints
 * what it found as JSON: where each entry resolved, and what parsing a delivery gave.
 */
export function runtimeProbeSource(kind: 'esm' | 'cjs'): string {
  const load =
    kind === 'esm'
      ? `import * as main from '${PACKAGE}';
import * as schemas from '${PACKAGE}/schemas';
import * as standard from '${PACKAGE}/standard-schema';
import * as testing from '${PACKAGE}/testing';
import { readFileSync } from 'node:fs';
const resolved = [import.meta.resolve('${PACKAGE}'), import.meta.resolve('${PACKAGE}/schemas'), import.meta.resolve('${PACKAGE}/standard-schema')];`
      : `const main = require('${PACKAGE}');
const schemas = require('${PACKAGE}/schemas');
const standard = require('${PACKAGE}/standard-schema');
const testing = require('${PACKAGE}/testing');
const { readFileSync } = require('node:fs');
const resolved = [require.resolve('${PACKAGE}'), require.resolve('${PACKAGE}/schemas'), require.resolve('${PACKAGE}/standard-schema')];`;
  return `${load}
const delivery = readFileSync(process.argv[2], 'utf8');
const event = main.parseEvent(delivery);
let thrown;
try {
  main.parseEvent('{"event":"contact_center.brand_new"}');
} catch (error) {
  thrown = { isWebhookEventError: error instanceof main.WebhookEventError, code: error.code };
}
// An error thrown by another entry point is an instance of the main entry's class: one class, shipped once.
let thrownByTesting;
try {
  testing.createEvent('contact_center.task_created', { payload: { account_id: 42 } });
} catch (error) {
  thrownByTesting = { isWebhookEventError: error instanceof main.WebhookEventError, code: error.code };
}
const standardResult = standard.eventStandardSchema(event.event)['~standard'].validate(JSON.parse(delivery));
console.log(JSON.stringify({
  resolved: resolved.map((path) => path.slice(path.lastIndexOf('/') + 1)),
  event,
  thrown,
  thrownByTesting,
  eventNames: main.eventNames.length,
  schemas: Object.keys(schemas.eventSchemas).length,
  guard: main.isTaskCreatedEvent(event),
  standardValid: standardResult.issues === undefined,
}));
`;
}

/**
 * A CommonJS script that requires the main entry, parses the delivery in argv[2], calls a guard, then
 * refuses a delivery, and prints which of the package's files each step loaded (paths from the
 * package's folder).
 */
export function lazyLoadingProbeSource(): string {
  return `const { readFileSync } = require('node:fs');
const { dirname, relative } = require('node:path');
const root = dirname(require.resolve('${PACKAGE}/package.json'));
const seen = new Set();
const loaded = () => {
  const files = Object.keys(require.cache).filter((path) => path.startsWith(root) && !seen.has(path));
  for (const path of files) seen.add(path);
  return files.map((path) => relative(root, path)).sort();
};
const delivery = readFileSync(process.argv[2], 'utf8');
const main = require('${PACKAGE}');
const onRequire = loaded();
main.parseEvent(delivery);
const onParse = loaded();
const guard = main.isTaskCreatedEvent(JSON.parse(delivery));
const onGuard = loaded();
const refused = main.safeParseEvent({ ...JSON.parse(delivery), payload: {} });
const onRefusal = loaded();
console.log(JSON.stringify({ onRequire, onParse, guard, onGuard, refused: refused.error.issues.length, onRefusal }));
`;
}

/**
 * A CommonJS script that judges every delivery in the JSON array at argv[2] with the CommonJS build and
 * the ES module build, and prints each delivery's verdicts by both (see `verdict`).
 */
export function verdictsProbeSource(): string {
  return `const { readFileSync } = require('node:fs');
const cjs = require('${PACKAGE}');
// Each delivery's verdict by one build: the default policy and strict mode (valid, or the error's code and
// issues), and the guard-style checks (isEvent, both policies, under the delivery's own event name).
const verdict = (main, delivery) => {
  const judge = (result) => (result.success ? 'valid' : [result.error.code, result.error.issues]);
  const name = delivery?.event;
  return JSON.stringify([
    judge(main.safeParseEvent(delivery)),
    judge(main.safeParseEvent(delivery, { strict: true })),
    main.isEvent(delivery, name),
    main.isEvent(delivery, name, { strict: true }),
  ]);
};
import('${PACKAGE}').then((esm) => {
  const deliveries = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  console.log(JSON.stringify(deliveries.map((delivery) => [verdict(cjs, delivery), verdict(esm, delivery)])));
});
`;
}
