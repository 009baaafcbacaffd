// parseEvent / safeParseEvent: every input form, every error code, the validation policy, and the promise
// that parsing neither mutates its input nor returns anything but data equal to it.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { MAX_ISSUES, parseEvent, safeParseEvent, WebhookEventError } from '../../src/index.ts';

const valid = examples['contact_center.task_created'];
const raw = JSON.stringify(valid);

function errorOf(input: unknown, options?: { strict?: boolean }): WebhookEventError {
  const result = safeParseEvent(input, options);
  if (result.success) throw new Error('expected a refusal');
  expect(() => parseEvent(input, options)).toThrow(WebhookEventError);
  return result.error;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('input forms', () => {
  const bytes = new TextEncoder().encode(raw);
  it.each([
    ['a string', raw],
    ['a Buffer', Buffer.from(raw)],
    ['a Uint8Array', bytes],
    ['an ArrayBuffer', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)],
    ['a DataView', new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
    ['a Uint8Array over part of a larger buffer', new Uint8Array([32, ...bytes, 32]).subarray(1, bytes.length + 1)],
    ['a parsed object', structuredClone(valid)],
    ['a string with a byte order mark', `\uFEFF${raw}`],
    ['bytes with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])],
  ])('accepts %s', (_label, input) => {
    expect(parseEvent(input)).toEqual(valid);
    expect(safeParseEvent(input)).toEqual({ success: true, data: valid });
  });

  it('tells an ArrayBuffer from a value by its brand, from any realm, whatever its class', () => {
    const copyInto = (buffer: ArrayBuffer): ArrayBuffer => {
      new Uint8Array(buffer).set(bytes);
      return buffer;
    };
    const otherRealm = copyInto(runInNewContext(`new ArrayBuffer(${bytes.length})`) as ArrayBuffer);
    class Sub extends ArrayBuffer {}
    const subclassed = copyInto(new Sub(bytes.length));
    const proxied = new Proxy(structuredClone(valid), {});
    for (const input of [otherRealm, subclassed, proxied]) expect(parseEvent(input)).toEqual(valid);
    // One whose prototype was replaced by Object.prototype is taken for a value: refused, typed, as having no fields.
    const disguised = Object.setPrototypeOf(copyInto(new ArrayBuffer(bytes.length)), Object.prototype) as object;
    expect(errorOf(disguised).code).toBe('invalid_envelope');
  });

  it('returns a copy of a parsed object, equal to it, and leaves it untouched', () => {
    const input = deepFreeze(structuredClone(valid));
    const data = parseEvent(input);
    expect(data).toEqual(input);
    expect(data).not.toBe(input);
    expect(data.payload).not.toBe(input.payload);
  });

  it('keeps unknown fields exactly, coercing and stripping nothing', () => {
    const input = {
      ...valid,
      extra: { nested: [1, '2', null] },
      payload: { ...valid.payload, object: { ...valid.payload.object, task_priority: 0, future_field: 'x' } },
    };
    expect(parseEvent(JSON.stringify(input))).toEqual(input);
    expect(parseEvent(input)).toEqual(input);
  });

  it('keeps a "__proto__" key as an own property and leaves Object.prototype alone', () => {
    const text = raw.replace('{"event"', '{"__proto__":{"polluted":true},"event"');
    const data = parseEvent(text) as unknown as Record<string, unknown>;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const copied = parseEvent(JSON.parse(text)) as unknown as Record<string, unknown>;
    expect(Object.hasOwn(copied, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
  });
});

describe('error codes', () => {
  it.each([
    ['not JSON', '{"event": '],
    ['an empty body', ''],
    ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0xff, 0x7d])],
  ])('invalid_json for %s', (_label, input) => {
    const error = errorOf(input);
    expect(error.code).toBe('invalid_json');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: '', keyword: 'json' });
  });

  it.each([
    ['an array', '[]', '', 'type', 'expected an object, received an array (0 items)'],
    ['null', 'null', '', 'type', 'expected an object, received null'],
    ['a number', 42, '', 'type', 'expected an object, received the integer 42'],
    ['an object without event', '{"payload":{}}', '/event', 'required', 'required property "event" is missing'],
    ['a numeric event', '{"event":7}', '/event', 'type', 'expected string, received the integer 7'],
  ])('invalid_envelope for %s', (_label, input, path, keyword, message) => {
    const error = errorOf(input);
    expect(error.code).toBe('invalid_envelope');
    expect(error.issues).toEqual([{ path, keyword, message }]);
  });

  it('invalid_envelope for a cyclic value, naming where the cycle closes', () => {
    const cyclic: Record<string, unknown> = { event: 'contact_center.task_created', payload: {} };
    (cyclic.payload as Record<string, unknown>).self = cyclic;
    expect(errorOf(cyclic)).toMatchObject({ code: 'invalid_envelope', issues: [{ path: '/payload/self' }] });
  });

  it('invalid_envelope, not a throw, for a getter that throws', () => {
    const hostile = {
      event: 'contact_center.task_created',
      get payload(): never {
        throw new Error('boom');
      },
    };
    expect(errorOf(hostile).code).toBe('invalid_envelope');
  });

  it('unknown_event for a name the document does not define, with the name', () => {
    for (const name of ['contact_center.task_exploded', 'meeting.started', 'toString', '__proto__', 'constructor']) {
      const error = errorOf({ event: name, payload: {} });
      expect(error.code).toBe('unknown_event');
      expect(error.event).toBe(name);
      expect(error.issues).toEqual([
        { path: '/event', keyword: 'enum', message: `"${name}" is not an event of the Zoom Contact Center document` },
      ]);
    }
  });

  it('invalid_payload with every issue, the event name and a readable message', () => {
    const input = {
      ...valid,
      event_ts: 'soon',
      payload: { object: { ...valid.payload.object, task_status: 'paused', teams: [{ team_id: 5 }] } },
    };
    const error = errorOf(input);
    expect(error.code).toBe('invalid_payload');
    expect(error.event).toBe('contact_center.task_created');
    expect(error.issues).toEqual([
      { path: '/event_ts', keyword: 'type', message: 'expected integer, received "soon"' },
      { path: '/payload/account_id', keyword: 'required', message: 'required property "account_id" is missing' },
      {
        path: '/payload/object/task_status',
        keyword: 'enum',
        message:
          'expected one of "pending", "reserved", "assigned", "canceled", "completed", "wrapping", received "paused"',
      },
      { path: '/payload/object/teams/0/team_id', keyword: 'type', message: 'expected string, received the integer 5' },
    ]);
    expect(error.message).toBe(
      'Invalid contact_center.task_created payload: /event_ts: expected integer, received "soon"; /payload/account_id: required property "account_id" is missing; /payload/object/task_status: expected one of "pending", "reserved", "assigned", "canceled", "completed", "wrapping", received "paused"; and 1 more',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WebhookEventError');
  });

  it('caps the issues at MAX_ISSUES and says it did', () => {
    const teams = Array.from({ length: 500 }, () => ({ team_id: 1, team_name: 2 }));
    const error = errorOf({ ...valid, payload: { ...valid.payload, object: { ...valid.payload.object, teams } } });
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.truncated).toBe(true);
    expect(error.message).toMatch(/and more than 97 more$/);
  });

  it('shortens a huge received value in messages', () => {
    const error = errorOf({
      ...valid,
      payload: { ...valid.payload, object: { ...valid.payload.object, task_status: 'x'.repeat(100_000) } },
    });
    expect(error.issues[0]!.message.length).toBeLessThan(300);
    expect(error.issues[0]!.message).toContain('(100000 characters)');
  });
});

describe('policy', () => {
  const withObject = (object: Record<string, unknown>): unknown => ({
    ...valid,
    payload: { ...valid.payload, object: { ...valid.payload.object, ...object } },
  });

  it('accepts unknown fields by default and refuses each, with its path, in strict mode', () => {
    const input = {
      ...valid,
      top: 1,
      payload: {
        ...valid.payload,
        mid: 2,
        object: { ...valid.payload.object, deep: 3, teams: [{ team_id: 'a', inner: 4 }] },
      },
    };
    expect(safeParseEvent(input).success).toBe(true);
    const error = errorOf(input, { strict: true });
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['/top', 'additionalProperties'],
      ['/payload/mid', 'additionalProperties'],
      ['/payload/object/deep', 'additionalProperties'],
      ['/payload/object/teams/0/inner', 'additionalProperties'],
    ]);
    expect(error.issues[0]!.message).toBe('unknown property "top" (not in the document; refused in strict mode)');
  });

  it('reports only real issues in default mode, even when unknown fields are present too', () => {
    const error = errorOf(withObject({ task_status: 'paused', not_in_the_document: true }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['/payload/object/task_status']);
  });

  it('accepts "" in date-time and email fields (Zoom sends them), in both modes', () => {
    const input = withObject({ created_time: '', created_time_ms: '' });
    expect(safeParseEvent(input).success).toBe(true);
    expect(safeParseEvent(input, { strict: true }).success).toBe(true);
  });

  it.each([' ', 'now', '2025-02-16', '2025-02-16T09:27:15', '2025-13-01T00:00:00Z', '2025-02-16 09:27:15Z extra'])(
    'refuses the non-empty non-date-time %j',
    (value) => {
      expect(errorOf(withObject({ created_time: value })).issues).toEqual([
        {
          path: '/payload/object/created_time',
          keyword: 'format',
          message: `expected an RFC 3339 date-time such as "2025-02-16T09:27:15.987Z" (or ""), received ${JSON.stringify(value)}`,
        },
      ]);
    },
  );

  it('refuses a non-empty string that is not an e-mail address', () => {
    const base = examples['contact_center.user_created'];
    const input = {
      ...base,
      payload: { ...base.payload, object: { ...base.payload.object, user_email: 'not an address' } },
    };
    expect(errorOf(input).issues).toMatchObject([{ path: '/payload/object/user_email', keyword: 'format' }]);
  });

  it('is deterministic', () => {
    const input = withObject({ task_status: 'paused' });
    expect(safeParseEvent(input)).toEqual(safeParseEvent(input));
  });
});
