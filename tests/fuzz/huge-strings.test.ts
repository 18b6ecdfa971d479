// A 1 MB string in every string field of every channel: refused at once, by validation, with the database unchanged.
import { describe, expect, test } from 'vitest';
import { channels } from '../../shared/contract/channels';
import { CHANNELS, dbWatcher, expectTypedResult, useFuzzBackend } from './fuzz-backend';
import { stringBound, stringFields } from './schema-walk';

const HUGE = 'a'.repeat(1024 * 1024);
/** "Well under a second", with room for a loaded CI machine. */
const MAX_MS = 250;

const cases = CHANNELS.flatMap((channel) => {
  const seen = new Set<string>();
  return stringFields(channels[channel].input)
    .filter(({ path }) => !seen.has(path) && seen.add(path))
    .map((field) => ({ channel, ...field }));
});

describe('every string field of every channel input', () => {
  test('is bounded by length before any pattern or refinement runs', () => {
    const unbounded = cases
      .filter(({ schema }) => (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'string')
      .filter(({ schema }) => !stringBound(schema).first)
      .map(({ channel, path }) => `${channel} ${path}`);
    expect(unbounded).toEqual([]);
  });

  const { backend, dbPath } = useFuzzBackend();
  const db = dbWatcher(dbPath);

  test(`a 1 MB string in each of them (${cases.length} fields) is refused in under ${MAX_MS} ms`, async () => {
    db.refresh();
    const slow: string[] = [];
    for (const { channel, path, schema, inputWith } of cases) {
      const label = `${channel} ${path}`;
      const started = performance.now();
      const result = await backend().handle(channel, inputWith(HUGE));
      const ms = performance.now() - started;
      if (ms > MAX_MS) slow.push(`${label}: ${Math.round(ms)} ms`);
      expectTypedResult(result, label);
      expect(result.ok, label).toBe(false);
      // Only a field that admits 1 MB (a file's base64) may pass validation and be refused by the handler.
      if ((stringBound(schema).max ?? 0) < HUGE.length && !result.ok) {
        expect(result.error.code, label).toBe('VALIDATION');
        expect(result.error.fields?.[path], label).toBeDefined();
      }
      db.expectUnchanged(label);
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
