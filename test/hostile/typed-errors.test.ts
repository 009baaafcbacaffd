// Only typed errors: whatever JavaScript value comes in, safeParseEvent, isEvent, the guards,
// isUrlValidationEvent and the Standard Schemas answer without throwing, parseEvent throws only
// WebhookEventError, and a value that cannot be read as JSON data is invalid_envelope with a message saying
// why (never invalid_payload with the `internal` keyword, the answer to an exception we did not expect).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import * as guards from '../../generated/guards.ts';
import {
  isEvent,
  isUrlValidationEvent,
  parseEvent,
  safeParseEvent,
  WebhookEventError,
  type WebhookEventIssue,
} from '../../src/index.ts';
import { contactCenterEventSchema, eventStandardSchema } from '../../src/standard-schema.ts';
import { anyJavaScriptValue, HOSTILE_VALUES } from './hostile-values.ts';
import { assertProperty } from '../support/seeded.ts';

const taskSchema = eventStandardSchema('contact_center.task_created');
const strictTaskSchema = eventStandardSchema('contact_center.task_created', { strict: true });
const GUARDS = Object.values(guards) as ((value: unknown) => boolean)[];

const noInternal = (issues: readonly WebhookEventIssue[]): void => {
  for (const issue of issues) expect(issue.keyword).not.toBe('internal');
};

/** Every API on one value: none throws, each answers in its own shape (`guards`: which guards to try). */
function answersEverywhere(make: () => unknown, guards = GUARDS): void {
  for (const strict of [false, true]) {
    const result = safeParseEvent(make(), { strict });
    if (!result.success) {
      expect(result.error).toBeInstanceOf(WebhookEventError);
      noInternal(result.error.issues);
    }
    try {
      parseEvent(make(), { strict });
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookEventError);
    }
    expect(typeof isEvent(make(), 'contact_center.task_created', { strict })).toBe('boolean');
  }
  for (const guard of guards) expect(typeof guard(make())).toBe('boolean');
  expect(typeof isUrlValidationEvent(make())).toBe('boolean');
  for (const schema of [taskSchema, strictTaskSchema, contactCenterEventSchema]) {
    const result = schema['~standard'].validate(make()) as { issues?: readonly { message: string }[] };
    if (result.issues) for (const issue of result.issues) expect(typeof issue.message).toBe('string');
  }
}

describe('hostile values', () => {
  it.each(HOSTILE_VALUES.map((value) => [value.label, value] as const))(
    '%s: a typed answer from every API',
    (_label, { make, because }) => {
      answersEverywhere(make);
      const result = safeParseEvent(make());
      expect(result.success).toBe(false);
      const { error } = result as { error: WebhookEventError };
      expect(error.issues.map((issue) => issue.message).join('; ')).toMatch(because);
      expect(() => parseEvent(make())).toThrow(WebhookEventError);
    },
  );

  it('values that are not JSON data are invalid_envelope, with where and why', () => {
    const unreadable = HOSTILE_VALUES.filter(({ label }) => !label.includes('toStringTag'));
    for (const { label, make } of unreadable) {
      const { error } = safeParseEvent(make()) as { error: WebhookEventError };
      expect(error.code, label).toBe('invalid_envelope');
    }
    const cyclic = safeParseEvent(HOSTILE_VALUES.find(({ label }) => label === 'a cyclic event value')!.make());
    expect(cyclic.error?.issues).toEqual([
      { path: '/event/self', keyword: 'type', message: 'the value contains a cycle, so it is not JSON data' },
    ]);
    const sparse = safeParseEvent(HOSTILE_VALUES.find(({ label }) => label.endsWith('in a known array field'))!.make());
    expect(sparse.error?.issues[0]?.path).toBe('/payload/object/teams');
  });

  it('a getter that throws is reported at its own path', () => {
    const task = examples['contact_center.task_created'];
    const object = Object.defineProperty({ ...task.payload.object }, 'task_id', {
      enumerable: true,
      get() {
        throw new TypeError('no task id today');
      },
    });
    const result = safeParseEvent({ ...task, payload: { ...task.payload, object } });
    expect(result.error?.code).toBe('invalid_envelope');
    expect(result.error?.issues).toEqual([
      {
        path: '/payload/object/task_id',
        keyword: 'type',
        message: 'reading the value threw TypeError: no task id today, so it is not JSON data',
      },
    ]);
  });

  it('isUrlValidationEvent is false, never a throw, for values that throw when read', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
      },
    );
    for (const value of [
      trap,
      {
        event: 'endpoint.url_validation',
        get payload() {
          throw new Error('payload');
        },
      },
      { event: 1n },
    ]) {
      expect(isUrlValidationEvent(value)).toBe(false);
    }
    expect(isUrlValidationEvent({ event: 'endpoint.url_validation', event_ts: 1, payload: { plainToken: 't' } })).toBe(
      true,
    );
  });
});

describe('property: any JavaScript value, the hostile ones mixed in', () => {
  const hostile = fc.constantFrom(...HOSTILE_VALUES).map(({ make }) => make);
  const anything = anyJavaScriptValue().map((value) => () => value);
  /** A hostile value put at a random place of a valid event. */
  const nested = fc
    .tuple(hostile, fc.constantFrom('event', 'payload', 'account_id', 'object', 'teams', 'task_id', 'extra'))
    .map(([make, field]) => () => {
      const task = structuredClone(examples['contact_center.task_created']) as unknown as Record<
        string,
        Record<string, Record<string, unknown>>
      >;
      if (field === 'event' || field === 'payload') (task as Record<string, unknown>)[field] = make();
      else if (field === 'account_id' || field === 'object') (task.payload as Record<string, unknown>)[field] = make();
      else task.payload!.object![field] = make();
      return task;
    });

  it('every API gives a typed answer (fixed seed and runs)', () => {
    // Every guard shares one code path (createGuard); three of them keep the runs quick.
    const someGuards = [guards.isTaskCreatedEvent, guards.isUserCreatedEvent, guards.isEngagementNoteAddedEvent] as ((
      value: unknown,
    ) => boolean)[];
    assertProperty(
      fc.property(fc.oneof(anything, hostile, nested), (make) => answersEverywhere(make, someGuards)),
      1000,
    );
  });
});
