// Every event's validator as a Standard Schema v1 object: the same verdicts and messages as parseEvent,
// in the spec's result shape, and accepted by a real consumer of the spec (vitest's expect.schemaMatching).
import type { StandardSchemaV1 as SpecStandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { eventNames } from '../../generated/event-names.ts';
import { examples, minimalExamples } from '../../generated/examples.ts';
import type { ContactCenterEvent, EventName, TaskCreatedEvent } from '../../generated/types.ts';
import { safeParseEvent } from '../../src/parse/safe-parse-event.ts';
import { contactCenterEventSchema, eventStandardSchema, type StandardSchemaV1 } from '../../src/standard-schema.ts';

const TASK = 'contact_center.task_created';
const task = examples[TASK];
const taskSchema = eventStandardSchema(TASK);

/** Calls validate and insists on a synchronous result, as every schema here gives. */
function validate<T>(
  schema: StandardSchemaV1<T, T>,
  value: unknown,
  options?: StandardSchemaV1.Options,
): StandardSchemaV1.Result<T> {
  const result = schema['~standard'].validate(value, options);
  if (result instanceof Promise) throw new Error('expected a synchronous result');
  return result;
}

const withObject = (object: Record<string, unknown>) => ({
  ...task,
  payload: { ...task.payload, object: { ...task.payload.object, ...object } },
});

describe('the ~standard property', () => {
  it('names version 1 and this package as vendor', () => {
    for (const schema of [taskSchema, contactCenterEventSchema]) {
      expect(schema['~standard'].version).toBe(1);
      expect(schema['~standard'].vendor).toBe('zoom-contact-center-webhooks');
      expect(typeof schema['~standard'].validate).toBe('function');
    }
  });

  it("is assignable to @standard-schema/spec's StandardSchemaV1, with the event type as output", () => {
    const spec: SpecStandardSchemaV1<TaskCreatedEvent> = taskSchema;
    expectTypeOf<SpecStandardSchemaV1.InferOutput<typeof spec>>().toEqualTypeOf<TaskCreatedEvent>();
    expectTypeOf<
      SpecStandardSchemaV1.InferOutput<typeof contactCenterEventSchema>
    >().toEqualTypeOf<ContactCenterEvent>();
    // And the other way: our copy of the interface accepts anything the spec's does.
    const back: StandardSchemaV1<TaskCreatedEvent> = spec;
    expect(back).toBe(taskSchema);
  });
});

describe('eventStandardSchema(name)', () => {
  it('accepts every example of every event, returning a copy', () => {
    for (const name of eventNames) {
      for (const example of [examples[name], minimalExamples[name]]) {
        const result = validate(eventStandardSchema(name), example);
        expect(result.issues, name).toBeUndefined();
        expect(result).toEqual({ value: example });
        expect((result as { value: unknown }).value).not.toBe(example);
      }
    }
  });

  it('types the output as the event', () => {
    const result = validate(taskSchema, task);
    if (result.issues) throw new Error('expected success');
    expectTypeOf(result.value).toEqualTypeOf<TaskCreatedEvent>();
    expect(result.value.payload.object.task_id).toBe(task.payload.object.task_id);
  });

  it('refuses another event with one issue at ["event"]', () => {
    expect(validate(taskSchema, examples['contact_center.task_deleted'])).toEqual({
      issues: [
        {
          message: 'expected the event "contact_center.task_created", received "contact_center.task_deleted"',
          path: ['event'],
        },
      ],
    });
  });

  it("reports parseEvent's issues, each JSON Pointer turned into path segments (array indices as numbers)", () => {
    const bad = withObject({ task_status: 'paused', teams: [{ team_id: 'a' }, { team_id: 7 }] });
    const result = validate(taskSchema, bad);
    const parsed = safeParseEvent(bad);
    if (parsed.success) throw new Error('expected parseEvent to refuse it');
    expect(result.issues?.map((issue) => issue.message)).toEqual(parsed.error.issues.map((issue) => issue.message));
    expect(result.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['payload', 'object', 'task_status'],
        ['payload', 'object', 'teams', 1, 'team_id'],
      ]),
    );
  });

  it('keeps an object key that looks like an index, and unescapes ~0 and ~1', () => {
    const bad = withObject({ '0': 'zero', 'a/b~c': true });
    const result = validate(eventStandardSchema(TASK, { strict: true }), bad);
    expect(result.issues?.map((issue) => issue.path)).toEqual([
      ['payload', 'object', '0'],
      ['payload', 'object', 'a/b~c'],
    ]);
  });

  it("strict refuses unknown fields; libraryOptions.strict overrides the schema's setting per call", () => {
    const extra = withObject({ brand_new_field: 1 });
    expect(validate(taskSchema, extra).issues).toBeUndefined();
    expect(validate(taskSchema, extra, { libraryOptions: { strict: true } }).issues).toHaveLength(1);
    const strict = eventStandardSchema(TASK, { strict: true });
    expect(validate(strict, extra).issues).toEqual([
      {
        message: expect.stringContaining('unknown property "brand_new_field"'),
        path: ['payload', 'object', 'brand_new_field'],
      },
    ]);
    expect(validate(strict, extra, { libraryOptions: { strict: false } }).issues).toBeUndefined();
  });

  it('answers anything else with issues, never a throw; a raw body is pointed at parseEvent', () => {
    expect(validate(taskSchema, JSON.stringify(task)).issues).toEqual([
      { message: expect.stringContaining('give raw bodies to parseEvent') },
    ]);
    expect(validate(taskSchema, new TextEncoder().encode(JSON.stringify(task))).issues).toHaveLength(1);
    for (const value of [null, 42, [], {}, { event: 42 }, undefined]) {
      const result = validate(taskSchema, value);
      expect(result.issues?.length, JSON.stringify(value)).toBeGreaterThan(0);
    }
    expect(validate(taskSchema, null).issues).toEqual([{ message: 'expected an object, received null' }]);
    expect(validate(taskSchema, { event: 42 }).issues).toEqual([
      { message: 'expected string, received the integer 42', path: ['event'] },
    ]);
    const other = validate(taskSchema, { event: 'contact_center.task_\u001b[2J' }).issues;
    expect(other).toEqual([
      {
        message: 'expected the event "contact_center.task_created", received "contact_center.task_\\u001b[2J"',
        path: ['event'],
      },
    ]);
  });

  it('throws a RangeError for a name that is not an event (a programming error, found at once)', () => {
    expect(() => eventStandardSchema('contact_center.nope' as EventName)).toThrow(RangeError);
  });
});

describe('contactCenterEventSchema', () => {
  it('accepts any event, and its output narrows by `event`', () => {
    for (const name of eventNames) expect(validate(contactCenterEventSchema, examples[name]).issues).toBeUndefined();
    const result = validate(contactCenterEventSchema, task);
    if (result.issues) throw new Error('expected success');
    if (result.value.event === TASK) expectTypeOf(result.value).toEqualTypeOf<TaskCreatedEvent>();
  });

  it('refuses an unknown event with one issue at ["event"]', () => {
    expect(validate(contactCenterEventSchema, { ...task, event: 'contact_center.brand_new' })).toEqual({
      issues: [
        { message: '"contact_center.brand_new" is not an event of the Zoom Contact Center document', path: ['event'] },
      ],
    });
  });
});

describe('plugged into a Standard Schema consumer: vitest expect.schemaMatching', () => {
  it('matches valid deliveries and not invalid ones', () => {
    expect(task).toEqual(expect.schemaMatching(taskSchema));
    expect({ deliveries: [task, examples['contact_center.task_deleted']] }).toEqual({
      deliveries: [expect.schemaMatching(taskSchema), expect.schemaMatching(contactCenterEventSchema)],
    });
    expect(withObject({ task_status: 'paused' })).not.toEqual(expect.schemaMatching(taskSchema));
  });
});
