// Test-only: arbitraries for the property tests in lib/fuzz. Not imported by application code.
import fc from 'fast-check';

/*
 * What an attacker (or a broken client) can put in a server action's arguments. React's
 * reply decoding gives an action more than JSON: dates, big integers, Maps, Sets, typed
 * arrays and sparse arrays all arrive intact, so the arbitraries include them.
 */

/** Builds `[[[...]]]` (or `{ content: [{ content: ... }] }`, TipTap's shape) `depth` levels deep. */
export function nested(depth: number, shape: 'array' | 'doc'): unknown {
  let value: unknown = shape === 'array' ? [] : { type: 'text', text: 'deep' };
  for (let level = 0; level < depth; level++) {
    value = shape === 'array' ? [value] : { type: 'paragraph', content: [value] };
  }
  return shape === 'array' ? value : { type: 'doc', content: [value] };
}

/** An object whose own keys are the ones that reach prototypes when code copies carelessly. */
function prototypeKeys(inner: unknown): Record<string, unknown> {
  // JSON.parse makes `__proto__` an own property, as a request body decoded by JSON.parse does.
  const object = JSON.parse('{"__proto__":{"polluted":true,"role":"admin"},"constructor":{"prototype":{"polluted":true}}}') as Record<
    string,
    unknown
  >;
  object.prototype = inner;
  return object;
}

const HUGE = ['x'.repeat(200_000), 'é'.repeat(60_000), '\u{1F4F0}'.repeat(30_000)];

/** One value that is wrong for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withObjectString: true,
  }),
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    2 ** 31,
    2 ** 53 + 1,
    Number.MAX_VALUE,
    1n << 70n,
    '',
    ' ',
    'true',
    'null',
    '00000000-0000-0000-0000-000000000000',
    'javascript:alert(1)',
    '\u202Eevil',
    '\uD800',
    new Date(Number.NaN),
    [],
    {},
  ),
  fc.constantFrom(...HUGE),
  fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`),
  // Deep enough to find recursion without a limit; not so deep that reporting a failure
  // overflows the stack of the reporter itself.
  fc.integer({ min: 100, max: 1_500 }).map((depth) => nested(depth, 'array')),
  fc.integer({ min: 100, max: 1_500 }).map((depth) => nested(depth, 'doc')),
  fc.anything({ maxDepth: 1 }).map(prototypeKeys),
);

/** A change to one place in a valid input. */
export interface Mutation {
  /** Which place: an index into the input's paths, wrapped. */
  at: number;
  op: 'replace' | 'delete' | 'prototype-keys' | 'duplicate';
  value: unknown;
}

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom<Mutation['op']>('replace', 'replace', 'replace', 'delete', 'prototype-keys', 'duplicate'),
    value: hostileValue,
  }),
  { minLength: 1, maxLength: 3 },
);

type Container = Record<string, unknown> | unknown[];
/** Arrays and plain objects only: a boxed String or a typed array is a value to leave whole. */
const isContainer = (value: unknown): value is Container => {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** Every place in a JSON-like value: [container, key] pairs, the root's own fields first. */
function places(root: Container): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const queue: Container[] = [root];
  // Bounded: valid inputs are small, but a mutation may have nested something deep into one.
  for (let i = 0; i < queue.length && out.length < 500; i++) {
    const container = queue[i]!;
    const keys: (string | number)[] = Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
    for (const key of keys) {
      out.push([container, key]);
      const child = (container as Record<string | number, unknown>)[key];
      if (isContainer(child)) queue.push(child);
    }
  }
  return out;
}

/** A copy of `valid` with the mutations applied (valid inputs are plain JSON, so a JSON copy is exact). */
export function applyMutations(valid: unknown, list: Mutation[]): unknown {
  const root = { value: JSON.parse(JSON.stringify(valid)) as unknown };
  for (const mutation of list) {
    const all = places(root);
    // An earlier mutation may have deleted the whole input: nothing left to change.
    if (all.length === 0) break;
    const [container, key] = all[mutation.at % all.length]!;
    const slot = container as Record<string | number, unknown>;
    switch (mutation.op) {
      case 'replace':
        slot[key] = mutation.value;
        break;
      case 'delete':
        if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
        else delete slot[key];
        break;
      case 'prototype-keys': {
        const target = slot[key];
        if (isContainer(target) && !Array.isArray(target)) {
          Object.defineProperty(target, '__proto__', { value: mutation.value, enumerable: true, configurable: true, writable: true });
          Object.defineProperty(target, 'constructor', { value: { prototype: mutation.value }, enumerable: true, configurable: true, writable: true });
        } else {
          slot[key] = prototypeKeys(mutation.value);
        }
        break;
      }
      case 'duplicate': {
        // A list made long: many key points, links or ids at once.
        const target = slot[key];
        slot[key] = Array.from({ length: 50 }, () => target);
        break;
      }
    }
  }
  return root.value;
}

/** Random input for a command: anything at all, an object with the command's own keys, or a mutated valid input. */
export function hostileInput(keys: readonly string[]): fc.Arbitrary<{ kind: 'random' } & { input: unknown } | { kind: 'mutated'; mutations: Mutation[] }> {
  return fc.oneof(
    hostileValue.map((input) => ({ kind: 'random' as const, input })),
    fc
      .dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), hostileValue, { maxKeys: keys.length + 2 })
      .map((input) => ({ kind: 'random' as const, input })),
    { arbitrary: mutations.map((list) => ({ kind: 'mutated' as const, mutations: list })), weight: 3 },
  );
}

/** A short, bounded description of any value (inputs can be megabytes or 1,500 levels deep). */
export function describe(value: unknown, limit = 600): string {
  const seen = new WeakSet<object>();
  let text: string;
  try {
    text = JSON.stringify(value, (_key, inner: unknown) => {
      if (typeof inner === 'bigint') return `${inner}n`;
      if (typeof inner === 'string' && inner.length > 60) return `${inner.slice(0, 40)}…(${inner.length} chars)`;
      if (typeof inner === 'object' && inner !== null) {
        if (seen.has(inner)) return '[seen]';
        seen.add(inner);
      }
      return inner;
    }) ?? String(value);
  } catch {
    text = `[${typeof value} too deep to print]`;
  }
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** True when a NUL character appears in any string inside `value` (bounded walk). */
export function containsNul(value: unknown): boolean {
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < 100_000; i++) {
    const item = queue[i];
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (typeof item === 'object' && item !== null) {
      if (item instanceof String && item.valueOf().includes('\u0000')) return true;
      for (const key of Object.keys(item)) {
        if (key.includes('\u0000')) return true;
        queue.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}
