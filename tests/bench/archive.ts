// The bench's archives, written through the app's own stores (the same prepared statements and triggers as the
// handlers), so they follow the schema as it changes.
import { openDatabase } from '../../main/db/open';
import { createOdgStore } from '../../main/store/odg';
import { createSeduteStore } from '../../main/store/sedute';
import { createVerbaliStore } from '../../main/store/verbali';

// A deterministic Italian-like vocabulary: common words carry most of the text, rare ones are what people search.
const COMMON = (
  'il la di che e a per in un una del della dei delle con sono comune conferenza sindaci seduta verbale punto ' +
  'ordine giorno approvazione piano servizi sociali ambito ufficio presidente voto favorevoli contrari astenuti ' +
  'regolamento articolo modifica proposta delibera assemblea relazione bilancio progetto territorio città comunità'
).split(' ');
const SYLLABLES = ['ca', 'pe', 'ri', 'lo', 'sa', 'ne', 'to', 'vi', 'gia', 'mo', 'tà', 'rè', 'zio', 'lu', 'ber', 'fo'];

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export const rareWord = (i: number) => {
  let w = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
};

function text(random: () => number, chars: number): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = random() < 0.97 ? COMMON[Math.floor(random() * COMMON.length)]! : rareWord(Math.floor(random() * 200_000));
    words.push(w);
    length += w.length + 1;
  }
  return words.join(' ');
}

const ORGANO = 1;
const dayOf = (start: number, span: number, i: number, n: number) =>
  new Date(start + Math.floor((i * span) / n)).toISOString().slice(0, 10);

/**
 * `sedute` sedute from 2016 to the end of 2026, 12 to 20 agenda items each, the 27 comuni's attendance, each with
 * its verbale of the same date and subject: the archive of issue 11 (5 000 sedute give about 10 000 timeline entries).
 */
export function buildSeduteArchive(dbPath: string, sedute: number): void {
  const db = openDatabase(dbPath);
  const seduteStore = createSeduteStore(db);
  const odg = createOdgStore(db);
  const verbali = createVerbaliStore(db);
  const random = rng(11);
  const start = Date.UTC(2016, 0, 1);
  db.transaction(() => {
    for (let i = 0; i < sedute; i++) {
      const data = dayOf(start, Date.UTC(2026, 11, 31) - start, i, sedute);
      const oggetto = `Seduta ordinaria n. ${i + 1}: ${text(random, 60)}`;
      const sedutaId = seduteStore.insert({
        organoId: ORGANO,
        tipo: 'ordinaria',
        data,
        oraInizio: '10:00',
        luogo: 'Viggianello, sala consiliare',
        oggetto,
        convocazioneProt: '',
        convocazioneData: null,
        primaConvocazione: null,
        secondaConvocazione: null,
        convocazioneEffettiva: 'prima',
      });
      // Two in three comuni present, the others absent: the attendance the statistics and the vote read.
      seduteStore.presenze(sedutaId).forEach((p, k) =>
        seduteStore.setPresenza(sedutaId, p.comuneId, { stato: (i + k) % 3 === 0 ? 'assente' : 'sindaco', nominativo: 'Nome Cognome', delegaRif: '', oraIngresso: null, oraUscita: null }),
      );
      const punti = 12 + (i % 9);
      for (let p = 1; p <= punti; p++) {
        odg.insert(sedutaId, { titolo: `Punto ${p}: ${text(random, 80)}`, descrizione: text(random, 300), relatore: 'Il Presidente', tipo: 'ordinario', verbaleId: null });
      }
      verbali.insert({ organoId: ORGANO, anno: Number(data.slice(0, 4)), data, sedutaId: null, oggetto, rettificaDi: null });
    }
  })();
  db.close();
}

/** Years of the verbali corpus: before the seed's first act, so its registers are the corpus's alone. */
export const CORPUS_YEARS = { from: 2006, count: 10 };

/**
 * Adds verbali, each with one section of about 2 KB (so one searchable document), spread evenly over CORPUS_YEARS,
 * until the corpus holds `total`. Called with growing totals, it builds 1k, then 10k, then 100k on one file.
 */
export function growVerbaliCorpus(dbPath: string, from: number, total: number): void {
  const db = openDatabase(dbPath);
  const verbali = createVerbaliStore(db);
  const random = rng(42 + from);
  db.transaction(() => {
    for (let i = from; i < total; i++) {
      const anno = CORPUS_YEARS.from + (i % CORPUS_YEARS.count);
      const data = `${anno}-${String(1 + (Math.floor(i / CORPUS_YEARS.count) % 12)).padStart(2, '0')}-15`;
      const id = verbali.insert({ organoId: ORGANO, anno, data, sedutaId: null, oggetto: `Verbale di prova ${i + 1}`, rettificaDi: null });
      verbali.replaceSezioni(id, [{ chiave: 'discussione', titolo: 'Discussione', tipo: 'testo', testo: text(random, 2000) }]);
    }
  })();
  db.close();
}
