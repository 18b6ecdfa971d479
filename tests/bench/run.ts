import { formatNumberIt } from '../../shared/italian';
import { benchArchivio } from './archivio';
import { benchCorpus } from './corpus';
import { benchDatabaseOpen, benchSedute } from './db';
import type { BenchResult } from './measure';
import { benchPdf } from './pdf';
import { benchVigenza } from './regolamenti';
import { benchSignature } from './signature';
import { benchFirstPaint } from './ui';
import { benchValidation } from './validation';

// `npm run bench`: prints each figure (median of several runs) beside its target. Figures, not assertions.
const suites: [string, () => Promise<BenchResult[]>][] = [
  ['Database', benchDatabaseOpen],
  ['Sedute', benchSedute],
  ['PDF', benchPdf],
  ['Firma digitale', benchSignature],
  ['Regolamenti', benchVigenza],
  ['Registro, ricerca e memoria su 1 000 / 10 000 / 100 000 verbali', benchCorpus],
  ['Interfaccia: prima visualizzazione utile, archivio iniziale e 5 000 sedute', benchFirstPaint],
  ['Archivio (copia e controllo di 500 MB)', benchArchivio],
  ['Validazione di input ostili: caso peggiore per canale (stringhe da 1 MB, NUL, surrogati)', benchValidation],
];

// `npm run bench -- Interfaccia Ricerca` runs only the suites whose title contains one of the words.
const only = process.argv.slice(2).map((w) => w.toLowerCase());
for (const [title, suite] of suites.filter(([t]) => !only.length || only.some((w) => t.toLowerCase().includes(w)))) {
  console.log(`\n== ${title}`);
  for (const r of await suite()) {
    const target = r.target ? `  (obiettivo ${r.target})` : '';
    console.log(`${r.name}: ${formatNumberIt(r.medianMs, 2)} ${r.unit ?? 'ms'} mediana su ${r.runs}${target}${r.note ? `\n    ${r.note}` : ''}`);
  }
}
