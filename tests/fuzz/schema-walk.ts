// Reads the contract's zod schemas generically, so channels added later are fuzzed without editing these tests:
// fast-check arbitraries for plausible inputs, and every string field's place in an input.
import fc from 'fast-check';
import type { z } from 'zod';

/** The part of zod 4's internal definition these walkers read. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number; abort?: boolean; format?: string; pattern?: RegExp } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers whose inner schema decides the value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

const patternsOf = (def: Def): RegExp[] =>
  (def.checks ?? []).flatMap((c) => (c._zod.def.format === 'regex' && c._zod.def.pattern ? [c._zod.def.pattern] : []));

/** The declared maximum length of a string schema, if any, and whether it comes (aborting) before every other check. */
export function stringBound(schema: z.ZodType): { max?: number; first: boolean } {
  const checks = defOf(schema).checks ?? [];
  const index = checks.findIndex((c) => c._zod.def.check === 'max_length');
  if (index === -1) return { first: false };
  const check = checks[index]!._zod.def;
  // Only trimming (an overwrite, linear) and a minimum length (constant time) may precede the bound.
  const before = checks.slice(0, index).every((c) => ['overwrite', 'min_length'].includes(c._zod.def.check));
  return { max: check.maximum!, first: before && (check.abort === true || index === checks.length - 1) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Real calendar dates around the archive's years, some of them impossible (31 February) by construction. */
const isoDates = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  fc.tuple(fc.integer({ min: 1980, max: 2040 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);

/** Plausible values for a schema: mostly valid shapes, small ids (so references hit existing rows), real patterns. */
export function arbitraryFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const pattern = patternsOf(def)[0];
      const max = stringBound(schema).max ?? 40;
      if (pattern?.source === ISO_DATE.source) return isoDates;
      if (!pattern) return fc.string({ maxLength: Math.min(max, 40), unit: 'grapheme' });
      // "^$|^…$": empty or the pattern; fast-check cannot generate every Unicode class, so a name stands in.
      if (pattern.source.startsWith('^$|')) return fc.constantFrom('', 'Mario Rossi', 'nome@comune.it', '0973 123456');
      return fc.stringMatching(pattern);
    }
    case 'number':
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) }, fc.integer(), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'array':
      return fc.array(arbitraryFor(def.element!), { maxLength: 3 });
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, arbitraryFor(value)])));
    case 'union':
      return fc.oneof(...def.options!.map(arbitraryFor));
    case 'pipe':
      return arbitraryFor(def.in!);
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!), { nil: null });
    default:
      return WRAPPERS.has(def.type) ? arbitraryFor(def.innerType!) : fc.anything();
  }
}

/** A placeholder value of the right shape (first option of unions, one element per array). */
function sample(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'x';
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'literal':
      return def.values![0];
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'array':
      return [sample(def.element!)];
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, sample(value)]));
    case 'union':
      return sample(def.options![0]!);
    case 'pipe':
      return sample(def.in!);
    default:
      return WRAPPERS.has(def.type) ? sample(def.innerType!) : null;
  }
}

export interface StringField {
  /** "articoli.0.testo" */
  path: string;
  schema: z.ZodType;
  /** The whole input with `value` at this field, the rest placeholders. */
  inputWith(value: string): unknown;
}

/** Every string (and string enum or literal) field reachable in the schema, through every union option. */
export function stringFields(schema: z.ZodType, path: string[] = [], wrap: (v: unknown) => unknown = (v) => v): StringField[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'literal':
      return [{ path: path.join('.') || '_', schema, inputWith: (value) => wrap(value) }];
    case 'array':
      return stringFields(def.element!, [...path, '0'], (v) => wrap([v]));
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) =>
        stringFields(value, [...path, key], (v) => wrap({ ...(sample(schema) as object), [key]: v })),
      );
    case 'union':
      // Each option with its own placeholder, so a discriminated union reaches the option holding the field.
      return def.options!.flatMap((option) => stringFields(option, path, wrap));
    case 'pipe':
      return stringFields(def.in!, path, wrap);
    default:
      return WRAPPERS.has(def.type) ? stringFields(def.innerType!, path, wrap) : [];
  }
}
