import { verifySignedFile } from '../../main/signature';
import { makeLargePdf, signPades, testSigners } from '../helpers/signing-fixtures';
import { median, timeRuns, type BenchResult } from './measure';

const FILE_BYTES = 5 * 1024 * 1024;
const RUNS = 15;

/** Taking back a 5 MB signed verbale: SHA-256 of the file, prefix check, digest and signature verification. */
export async function benchSignature(): Promise<BenchResult[]> {
  const original = await makeLargePdf(FILE_BYTES);
  const signed = await signPades(original, testSigners().mario, { signingTime: new Date() });
  const report = verifySignedFile({ signed, original });
  if (!report.signatures.every((signature) => signature.digestValid && signature.signatureValid)) {
    throw new Error('bench fixture: the signature does not verify');
  }
  const durations = await timeRuns(() => verifySignedFile({ signed, original }), RUNS);
  return [
    {
      name: `verify PAdES signed file (${(signed.length / 1024 / 1024).toFixed(1)} MB)`,
      medianMs: median(durations),
      runs: RUNS,
      target: '< 100 ms',
    },
  ];
}
