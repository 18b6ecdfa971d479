// Property-based fuzzing of every channel of the contract (fixed seed, bounded runs): generated and mutated inputs
// always get a typed Result, never a throw or an INTERNAL error, and an error never changes the database.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { channels, type Channel } from '../../shared/contract/channels';
import { CHANNELS, dbWatcher, expectTypedResult, useFuzzBackend } from './fuzz-backend';
import { arbitraryFor } from './schema-walk';

const SEED = 20_261_201;
/** Runs per channel: with the PDF channels this keeps the whole file well under a minute on two shared cores. */
const RUNS = 40;

const HOSTILE_VALUES: unknown[] = [
  'a'.repeat(1024 * 1024),
  '\uD800',
  'x\uDFFFy',
  'Rossi\u0000Mario',
  '\u0007',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '24:60',
  '',
  ' ',
  -1,
  0,
  1.5,
  2 ** 53,
  Number.MAX_VALUE,
  true,
  null,
  [],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra'];

type Path = (string | number)[];
interface Node {
  path: Path;
  node: unknown;
}

/** Every place a value can be replaced (the root too), with what is there. */
function nodesOf(node: unknown, path: Path = []): Node[] {
  if (node === null || typeof node !== 'object') return [{ path, node }];
  const children = Object.entries(node).flatMap(([key, child]) => nodesOf(child, [...path, Array.isArray(node) ? Number(key) : key]));
  return [{ path, node }, ...children];
}

/** Structured copy with `replace` applied at `path`; own keys are defined, never assigned, so `__proto__` stays data. */
function withAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const old = Object.getOwnPropertyDescriptor(copy, head!)?.value;
  Object.defineProperty(copy, head!, { value: withAt(old, rest, replace), enumerable: true, writable: true, configurable: true });
  return copy;
}

const isRecord = (node: unknown): node is Record<string, unknown> => node !== null && typeof node === 'object' && !Array.isArray(node);

type Mutation = (value: unknown) => unknown;

/** One change to a plausible input: a hostile leaf, a missing key, an extra or prototype key, a wrong type. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_VALUES)).map(([n, hostile]): Mutation => (value) => {
    const nodes = nodesOf(value);
    return withAt(value, nodes[n % nodes.length]!.path, () => hostile);
  }),
  fc.nat().map((n): Mutation => (value) => {
    const records = nodesOf(value).filter(({ node }) => isRecord(node) && Object.keys(node).length > 0);
    const target = records[n % Math.max(1, records.length)];
    if (!target) return undefined;
    const keys = Object.keys(target.node as object);
    const dropped = keys[n % keys.length]!;
    return withAt(value, target.path, (o) => Object.fromEntries(Object.entries(o as object).filter(([key]) => key !== dropped)));
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue()).map(([n, key, extra]): Mutation => (value) => {
    const records = nodesOf(value).filter(({ node }) => isRecord(node));
    const target = records[n % Math.max(1, records.length)];
    return withAt(target ? value : {}, [...(target?.path ?? []), key], () => extra);
  }),
  fc.anything().map((other): Mutation => () => other),
);

/** Half plausible inputs (so handlers run and meet missing references and conflicts), half mutated ones. */
const inputsFor = (channel: Channel): fc.Arbitrary<unknown> => {
  const plausible = arbitraryFor(channels[channel].input);
  return fc.oneof(
    plausible,
    fc.tuple(plausible, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, ms]) => ms.reduce((v, m) => m(v), value)),
  );
};

describe('fuzz: every channel of the contract', () => {
  const { backend, dbPath } = useFuzzBackend();
  const db = dbWatcher(dbPath);
  const counts = { calls: 0, ok: 0, errors: 0 };

  test.each(CHANNELS)('%s', async (channel) => {
    db.refresh();
    await fc.assert(
      fc.asyncProperty(inputsFor(channel), async (input) => {
        const result = await backend().handle(channel, input);
        const label = `${channel} ${JSON.stringify(input)?.slice(0, 300)}`;
        counts.calls++;
        expectTypedResult(result, label);
        if (result.ok) {
          counts.ok++;
          if ('mutates' in channels[channel]) db.refresh();
        } else {
          counts.errors++;
          db.expectUnchanged(label);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  test('no input polluted Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counts.calls).toBe(CHANNELS.length * RUNS);
    console.log(`[fuzz] ${CHANNELS.length} channels, ${counts.calls} calls: ${counts.ok} ok, ${counts.errors} typed errors, 0 INTERNAL`);
  });
});
