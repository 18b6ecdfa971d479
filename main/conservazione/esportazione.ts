import { formatDateIt } from '../../shared/italian';
import { csvFile } from '../documents/statistiche';
import { AppFailure } from '../errors';
import type { Deps } from '../handlers/types';
import { documentoArchiviato, SOFTWARE_NAME } from '../metadata/acts';
import { sha256Of } from '../services/seduta-record';
import { createEsportazioneStore, TABELLE } from '../store/esportazione';
import { fileDelDocumento, pacchettoDi, type FilePacchetto } from './pacchetto';

export const INDICE_CSV = 'INDICE.csv';
export const LEGGIMI = 'LEGGIMI.txt';

interface FileEsportato extends Pick<FilePacchetto, 'percorso' | 'contenuto' | 'sha256'> {
  descrizione: string;
}

/** Every fixed act with its files and metadata: verbali, regolamento versions, allegati of closed sedute, the albo's copies and referti. */
function atti(deps: Deps, store: ReturnType<typeof createEsportazioneStore>): FileEsportato[] {
  const out: FileEsportato[] = [];
  const seen = new Set<string>();
  const add = (files: readonly FilePacchetto[], descrizione: string) => {
    for (const f of files) {
      // An allegato of an agenda item comes with its verbale once that is fixed: by identifier, each document once.
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push({ percorso: `atti/${f.percorso}`, contenuto: f.contenuto, sha256: f.sha256, descrizione: f.id.endsWith('-METADATI') ? `Metadati AgID di ${f.id.slice(0, -9)}` : `${descrizione} (${f.id})` });
    }
  };
  const partOf = (selezione: Parameters<typeof pacchettoDi>[1]) => {
    try {
      return pacchettoDi(deps, selezione, false).gruppi;
    } catch (error) {
      // An act not fixed yet has no files to export: its data are in the CSV tables.
      if (error instanceof AppFailure) return [];
      throw error;
    }
  };
  for (const id of store.verbaliIds()) for (const g of partOf({ tipo: 'verbale', id })) add(g.file, g.etichetta);
  for (const r of deps.regolamenti.list()) for (const g of partOf({ tipo: 'regolamento', id: r.id })) add(g.file, g.etichetta);
  // Allegati of closed sedute whose verbale is not fixed yet (the others came with their verbale).
  for (const item of store.closedItemsWithAllegati()) {
    const cartella = `sedute/${item.data}_${item.seduta_id}`;
    for (const a of deps.allegati.list({ tipo: 'punto', id: item.punto_id })) {
      add(fileDelDocumento(deps, documentoArchiviato(deps, { tipo: 'allegato', id: a.id }), cartella, false), `Seduta del ${formatDateIt(item.data)}, punto ${item.posizione}`);
    }
  }
  // The albo: each published copy, and the referto with the metadata recorded when it was issued.
  for (const p of store.pubblicazioni()) {
    const cartella = `atti/albo/${p.anno}/${p.numero}`;
    const numero = `${p.numero}/${p.anno}`;
    const withMetadata = (file: string, contenuto: Buffer, tipo: 'copia_albo' | 'referto', sha256: string, descrizione: string) => {
      out.push({ percorso: `${cartella}/${file}`, contenuto, sha256: sha256Of(contenuto), descrizione });
      const metadato = deps.conservazione.metadato(tipo, p.id, sha256);
      if (!metadato) return;
      const xml = Buffer.from(metadato.xml, 'utf8');
      out.push({ percorso: `${cartella}/${file}.metadati.xml`, contenuto: xml, sha256: sha256Of(xml), descrizione: `Metadati AgID: ${descrizione}` });
    };
    withMetadata('copia_pubblicata.pdf', p.copia, 'copia_albo', p.copia_sha256, `Copia pubblicata all’albo, n. ${numero}`);
    if (p.referto) withMetadata('referto.pdf', p.referto, 'referto', p.referto_sha256!, `Referto di pubblicazione n. ${numero}`);
  }
  return out;
}

function leggimi(deps: Deps, creatoIl: Date, files: readonly FileEsportato[]): string {
  const ente = deps.ente.get();
  return [
    `ARCHIVIO DELLA CONFERENZA – ${ente.nome}`,
    `Esportazione completa del ${formatDateIt(creatoIl.toISOString().slice(0, 10))} (${creatoIl.toISOString()}), prodotta da ${SOFTWARE_NAME} ${deps.appVersion}.`,
    '',
    'Questa cartella si legge senza l’applicazione:',
    '',
    `- ${INDICE_CSV}: ogni file dell’esportazione (tranne questo e l’indice stesso) con la sua impronta SHA-256 in esadecimale, la dimensione in byte`,
    '  e una descrizione. L’impronta si ricalcola con qualsiasi strumento (es. «sha256sum», «certutil -hashfile FILE SHA256»).',
    '- atti/verbali/ANNO/NUMERO/: il verbale in PDF/A come esportato per la firma, i file firmati (firmati/), gli allegati (allegati/,',
    '  con il punto all’ordine del giorno cui si riferiscono); accanto a ogni file, FILE.metadati.xml con i metadati del documento',
    '  informatico secondo l’Allegato 5 delle Linee Guida AgID (impronta in base64).',
    '- atti/regolamenti/ID/versione_ID/: il testo di ogni versione approvata (testo.txt) e i suoi allegati con i metadati.',
    '- atti/sedute/DATA_ID/: allegati dei punti di sedute chiuse il cui verbale non è ancora esportato.',
    '- atti/albo/ANNO/NUMERO/: la copia pubblicata all’albo pretorio e, a pubblicazione conclusa, il referto con i suoi metadati.',
    '- dati/: i dati dell’archivio in CSV (UTF-8 con BOM, separatore «;», si apre con un foglio di calcolo):',
    ...TABELLE.map((t) => `    ${t.file}: ${t.descrizione}.`),
    '',
    'Gli atti non ancora fissati (verbali in bozza o approvati e non esportati) non hanno file: i loro dati sono nelle tabelle CSV.',
    `File nell’esportazione: ${files.length + 2}.`,
    '',
  ].join('\r\n');
}

/** The whole archive as files: data as CSV, every fixed act with its metadata, the index with every SHA-256 and the guide. */
export function esportazioneCompleta(deps: Deps, creatoIl: Date): { percorso: string; contenuto: Buffer }[] {
  // Prepared for this export only: it is rare, and its queries read every table.
  const store = createEsportazioneStore(deps.db);
  const tabelle = store.tabelle().map(({ tabella, righe }): FileEsportato => {
    const contenuto = csvFile([tabella.colonne, ...righe]);
    return { percorso: tabella.file, contenuto, sha256: sha256Of(contenuto), descrizione: tabella.descrizione };
  });
  const files = [...tabelle, ...atti(deps, store)];
  const indice = csvFile([['Percorso', 'SHA-256', 'Dimensione (byte)', 'Descrizione'], ...files.map((f) => [f.percorso, f.sha256, String(f.contenuto.length), f.descrizione])]);
  return [
    { percorso: LEGGIMI, contenuto: Buffer.from(`\uFEFF${leggimi(deps, creatoIl, files)}`, 'utf8') },
    { percorso: INDICE_CSV, contenuto: indice },
    ...files,
  ];
}
