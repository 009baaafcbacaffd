// JavaScript values that no JSON parser produces and that make naive code throw: throwing getters and
// Proxy traps, revoked Proxies, detached buffers, bigints, cycles, toJSON that throws, sparse arrays whose
// length claims billions of elements. Each comes with the reason a refusal should name. Made fresh on
// each call, since some (a detached buffer) are used up.
import fc from 'fast-check';
import { examples } from '../../generated/examples.ts';

const TASK = examples['contact_center.task_created'];

/** A value that throws when read, and whose thrown value cannot be turned into text either. */
const unprintable = (): unknown => ({
  toString() {
    throw new Error('toString threw');
  },
  valueOf() {
    throw new Error('valueOf threw');
  },
});

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function detachedBuffer(): ArrayBuffer {
  const buffer = new TextEncoder().encode(JSON.stringify(TASK)).buffer as ArrayBuffer;
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
}

const throwingTrap = (trap: keyof ProxyHandler<object>): object =>
  new Proxy(
    { ...TASK },
    {
      [trap]: () => {
        throw new Error(`${trap} trap threw`);
      },
    },
  );

function sparse(length: number): unknown[] {
  const array: unknown[] = [];
  array.length = length;
  return array;
}

/** The task example, with `value` put at payload.object.teams (an array field) or at `event`. */
const inTeams = (value: unknown): unknown => ({
  ...TASK,
  payload: { ...TASK.payload, object: { ...TASK.payload.object, teams: value } },
});

export interface HostileValue {
  readonly label: string;
  readonly make: () => unknown;
  /** How the refusal reads: a part of its message. */
  readonly because: RegExp;
}

export const HOSTILE_VALUES: readonly HostileValue[] = [
  {
    label: 'an object whose Symbol.toStringTag getter throws',
    make: () => ({
      get [Symbol.toStringTag]() {
        throw new Error('tag threw');
      },
      event: 'contact_center.task_created',
    }),
    because: /./, // it has no other own string key than event: an invalid payload, not a throw
  },
  { label: 'a Proxy whose get throws', make: () => throwingTrap('get'), because: /threw Error: get trap threw/ },
  {
    label: 'a Proxy whose ownKeys throws',
    make: () => throwingTrap('ownKeys'),
    because: /threw Error: ownKeys trap threw/,
  },
  {
    label: 'a Proxy whose getOwnPropertyDescriptor throws',
    make: () => throwingTrap('getOwnPropertyDescriptor'),
    because: /threw Error: getOwnPropertyDescriptor trap threw/,
  },
  { label: 'a revoked Proxy', make: revoked, because: /revoked/ },
  { label: 'a revoked Proxy as the payload', make: () => ({ ...TASK, payload: revoked() }), because: /revoked/ },
  { label: 'a detached ArrayBuffer', make: detachedBuffer, because: /the bytes cannot be read .*detached/ },
  {
    label: 'a view over a detached ArrayBuffer',
    make: () => {
      const buffer = new ArrayBuffer(8);
      const view = new Uint8Array(buffer);
      structuredClone(buffer, { transfer: [buffer] });
      return view;
    },
    because: /the bytes cannot be read .*detached/,
  },
  {
    label: 'a getter that throws an object whose toString throws',
    make: () => ({
      get event(): string {
        throw unprintable();
      },
    }),
    because: /reading the value threw an object/,
  },
  {
    label: 'a getter that throws a Proxy whose getPrototypeOf throws (instanceof throws on it)',
    make: () => ({
      get event(): string {
        throw throwingTrap('getPrototypeOf');
      },
    }),
    because: /reading the value threw a value that cannot be shown/,
  },
  {
    label: 'a getter that throws a revoked Proxy',
    make: () => ({
      get event(): string {
        throw revoked();
      },
    }),
    because: /reading the value threw/,
  },
  { label: '{ event: 1n }', make: () => ({ event: 1n }), because: /expected string, received a bigint/ },
  {
    label: 'a cyclic event value',
    make: () => {
      const event: Record<string, unknown> = {};
      event.self = event;
      return { ...TASK, event };
    },
    because: /cycle/,
  },
  {
    label: 'an event whose toJSON throws',
    make: () => ({
      ...TASK,
      event: {
        toJSON() {
          throw new Error('toJSON threw');
        },
      },
    }),
    because: /expected string, received an object/,
  },
  {
    label: 'an empty array of length 2**32 - 1',
    make: () => sparse(2 ** 32 - 1),
    because: /hole at index 0 .*4294967295/,
  },
  {
    label: 'an empty array of length 2**32 - 1 in a known array field',
    make: () => inTeams(sparse(2 ** 32 - 1)),
    because: /hole at index 0/,
  },
  {
    label: 'an array of length 1e8 with one element',
    make: () => inTeams(Object.assign(sparse(1e8), { 0: { team_id: 'a' } })),
    because: /hole at index 1/,
  },
  {
    label: 'a Proxy over an empty array claiming length 1e9',
    make: () => inTeams(new Proxy([], { get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)) })),
    because: /hole at index 0/,
  },
  { label: 'bytes inside a value', make: () => inTeams(new Uint8Array(16)), because: /bytes .* are not JSON data/ },
  {
    label: 'a symbol as the event',
    make: () => ({ ...TASK, event: Symbol('event') }),
    because: /expected string, received a symbol/,
  },
];

/** Any JavaScript value fast-check makes, with every exotic kind it offers switched on. */
export const anyJavaScriptValue = (): fc.Arbitrary<unknown> =>
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
    withObjectString: true,
  });
