// The hostile inputs whose cost is budgeted (measure-hostile-input.ts) and whose verdicts are tested
// (test/hostile/redos.test.ts, size-and-shape.test.ts, bounded-cost.test.ts): one list, used by both.
import { examples } from '../../generated/examples.ts';

const SIZE = 100 * 1024;
const fill = (unit: string, prefix = '', suffix = ''): string =>
  prefix + unit.repeat(Math.ceil((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;

/** 100 KB strings built to make the regular expressions of ajv-formats backtrack. */
export const ADVERSARIAL_STRINGS = {
  email: [
    fill('a.', 'x@', '!'),
    fill('a-', 'x@', '!'),
    fill('a', 'x@', '-'),
    fill('a.a-', 'x@', '.'),
    fill('a', '', '@'),
    fill('.a', 'a', '@b.c!'),
    fill('@'),
  ],
  dateTime: [
    fill('9', '2025-02-16T09:27:15.', ''),
    fill('9', '2025-02-16T09:27:15.', 'x'),
    fill('T'),
    fill(' '),
    fill('0'),
    fill('2025-02-16T09:27:15Z'),
    fill(':', '2025-02-16T09:27:15+05'),
  ],
};
export const ADVERSARIAL_MIN_LENGTH = SIZE - 30;

const task = examples['contact_center.task_created'];
const user = examples['contact_center.user_created'];

/** The adversarial strings inside deliveries, in a date-time field and an e-mail field. */
export function adversarialDeliveries(): string[] {
  return [
    ...ADVERSARIAL_STRINGS.dateTime.map((s) =>
      JSON.stringify({ ...task, payload: { ...task.payload, object: { ...task.payload.object, created_time: s } } }),
    ),
    ...ADVERSARIAL_STRINGS.email.map((s) =>
      JSON.stringify({ ...user, payload: { ...user.payload, object: { ...user.payload.object, user_email: s } } }),
    ),
  ];
}

/** The task example with `object` merged into its payload object. */
export const taskWithObject = (object: Record<string, unknown>): Record<string, unknown> => ({
  ...task,
  payload: { ...task.payload, object: { ...task.payload.object, ...object } },
});

export function deep(depth: number, leaf: unknown, kind: 'array' | 'object'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { d: value };
  return value;
}

export function deepText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"d":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies that are refused with many errors, each to be refused in time proportional to JSON.parse of it. */
export function refusalBodies(): { label: string; body: string; strict: boolean }[] {
  const unknown = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`extra_${i}`, i]));
  return [
    {
      label: '1 MB body of teams: [1, 1, ...]',
      body: JSON.stringify(taskWithObject({ teams: Array(500_000).fill(1) })),
      strict: false,
    },
    {
      label: '28 MB body of teams: [1, 1, ...]',
      body: JSON.stringify(taskWithObject({ teams: Array(14_000_000).fill(1) })),
      strict: false,
    },
    { label: '1e6 unknown keys, strict', body: JSON.stringify(taskWithObject(unknown)), strict: true },
  ];
}

/** Huge strings, long arrays and deep nesting, as text and as values, with the verdict each must get by default. */
export function sizeAndShapeCases(): { label: string; input: unknown; valid: boolean }[] {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const asText = (value: unknown): string => JSON.stringify(value);
  const many = Array.from({ length: 100_000 }, (_, i) => ({ team_id: String(i), team_name: 'n' }));
  const wrong = Array.from({ length: 100_000 }, () => ({ team_id: 1 }));
  const cases = [
    { label: '10 MB string, unknown field, text', input: asText(taskWithObject({ unknown: huge })), valid: true },
    { label: '10 MB string, unknown field, value', input: taskWithObject({ unknown: huge }), valid: true },
    { label: '10 MB string, string field', input: asText(taskWithObject({ queue_name: huge })), valid: true },
    { label: '10 MB string, enum field', input: asText(taskWithObject({ task_status: huge })), valid: false },
    { label: '10 MB string, date-time field', input: asText(taskWithObject({ created_time: huge })), valid: false },
    {
      label: '10 MB string, date-time-like prefix',
      input: asText(taskWithObject({ created_time: `2025-02-16T09:27:15.${'9'.repeat(10 * 1024 * 1024)}Z` })),
      valid: true,
    },
    { label: '100,000 items, unknown field, value', input: taskWithObject({ unknown: many }), valid: true },
    { label: '100,000 valid items, known array, text', input: asText(taskWithObject({ teams: many })), valid: true },
    {
      label: '100,000 invalid items, known array, text',
      input: asText(taskWithObject({ teams: wrong })),
      valid: false,
    },
  ];
  for (const kind of ['array', 'object'] as const) {
    const replaced = (field: string, depth: number): string =>
      asText(taskWithObject({ [field]: 0 })).replace(`"${field}":0`, `"${field}":${deepText(depth, kind)}`);
    cases.push(
      { label: `10,000-deep ${kind}s, unknown field, text`, input: replaced('unknown', 10_000), valid: true },
      {
        label: `10,000-deep ${kind}s, unknown field, value`,
        input: taskWithObject({ unknown: deep(10_000, 1, kind) }),
        valid: true,
      },
      { label: `10,000-deep ${kind}s, known string field, text`, input: replaced('queue_name', 10_000), valid: false },
      // A team that is an array is refused; a team object whose unknown field nests deep is accepted by default.
      {
        label: `10,000-deep ${kind}s, known array items, value`,
        input: taskWithObject({ teams: [deep(10_000, 1, kind)] }),
        valid: kind === 'object',
      },
      {
        label: `100,000-deep ${kind}s, unknown field, value`,
        input: taskWithObject({ unknown: deep(100_000, 1, kind) }),
        valid: true,
      },
    );
  }
  return cases;
}
