import { formatNumberIt } from '../../shared/italian';
import { benchArchivio } from './archivio';
import { benchDatabaseOpen, benchSedute } from './db';
import type { BenchResult } from './measure';
import { benchPdf } from './pdf';
import { benchVigenza } from './regolamenti';
import { benchSearch } from './search';
import { benchSignature } from './signature';
import { benchFirstTable } from './ui';

// `npm run bench`: prints each figure (median of several runs) beside its target. Figures, not assertions.
const suites: [string, () => Promise<BenchResult[]>][] = [
  ['Database', benchDatabaseOpen],
  ['Sedute', benchSedute],
  ['PDF', benchPdf],
  ['Firma digitale', benchSignature],
  ['Regolamenti', benchVigenza],
  ['Ricerca', benchSearch],
  ['Interfaccia', benchFirstTable],
  ['Archivio (copia e controllo di 500 MB)', benchArchivio],
];

for (const [title, suite] of suites) {
  console.log(`\n== ${title}`);
  for (const r of await suite()) {
    const target = r.target ? `  (obiettivo ${r.target})` : '';
    console.log(`${r.name}: ${formatNumberIt(r.medianMs, 2)} ms mediana su ${r.runs}${target}${r.note ? `\n    ${r.note}` : ''}`);
  }
}
