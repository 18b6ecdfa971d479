import { channels, type Channel } from '../../shared/contract/channels';
import { stringFields } from '../fuzz/schema-walk';
import { median, timeRuns, type BenchResult } from './measure';

const HUGE = 'a'.repeat(1024 * 1024);
const HOSTILE = [HUGE, `${'a@'.repeat(200_000)} `, `${'.'.repeat(500_000)}@x`, '\u0000'.repeat(100_000), '\uD800'.repeat(100_000)];
const RUNS = 5;

/** The slowest input validation of each channel: every hostile string in every string field, the worst median reported. */
export async function benchValidation(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const channel of Object.keys(channels) as Channel[]) {
    const schema = channels[channel].input;
    let worst = { ms: 0, field: 'nessun campo di testo' };
    for (const field of stringFields(schema)) {
      for (const value of HOSTILE) {
        const input = field.inputWith(value);
        const ms = median(await timeRuns(() => schema.safeParse(input), RUNS));
        if (ms > worst.ms) worst = { ms, field: field.path };
      }
    }
    results.push({ name: `${channel} (${worst.field})`, medianMs: worst.ms, runs: RUNS, target: '< 50 ms' });
  }
  return results.sort((a, b) => b.medianMs - a.medianMs);
}
