// PDF/A conformance checked by Apache PDFBox Preflight (Debian: libpdfbox2-java, which brings
// preflight, fontbox, xmpbox; libactivation-java and libjaxb-api-java for its XMP parser).
// Preflight validates PDF/A-1b only; our documents are PDF/A-2b, so the two findings that differ
// between the parts are expected: the XMP declares part 2 (7.11.2), and PDF/A-2 no longer
// requires the CIDSet of a subset CID font (3.1.11). Anything else is a real defect.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './temp-dir';

const JAVA_DIR = '/usr/share/java';
const JARS = ['pdfbox2.jar', 'pdfbox2-tools.jar', 'preflight.jar', 'fontbox2.jar', 'xmpbox.jar', 'commons-logging.jar', 'jaxb-api.jar', 'javax.activation.jar'];

/** PDF/A-1b rules that a PDF/A-2b file rightly breaks. */
const EXPECTED_FOR_PART_2 = [/^7\.11\.2\b.*part.*must be 1/i, /^3\.1\.11\b.*CIDSet/i];

export interface PreflightReport {
  /** Preflight's own verdict for PDF/A-1b. */
  validA1b: boolean;
  /** Every finding, as "code : message". */
  errors: string[];
  /** Findings other than the two a PDF/A-2b file is expected to have. */
  unexpected: string[];
}

export const preflightAvailable = (): boolean => JARS.every((jar) => fs.existsSync(path.join(JAVA_DIR, jar)));

export function preflight(pdf: Buffer): PreflightReport {
  const { dir, cleanup } = makeTempDir('conferenza-preflight-');
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    const classpath = JARS.map((jar) => path.join(JAVA_DIR, jar)).join(':');
    let output: string;
    try {
      output = execFileSync('java', ['-cp', classpath, 'org.apache.pdfbox.preflight.Validator_A1b', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // Preflight exits non-zero when the file is not valid PDF/A-1b; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
      if (!output) throw error;
    }
    const errors = [...output.matchAll(/^\s*(\d+(?:\.\d+)+\s*:.*)$/gm)].map((m) => m[1]!.trim());
    return {
      validA1b: /is a valid PDF\/A-1b file/.test(output),
      errors,
      unexpected: errors.filter((e) => !EXPECTED_FOR_PART_2.some((re) => re.test(e))),
    };
  } finally {
    cleanup();
  }
}
