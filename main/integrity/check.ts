import { createHash } from 'node:crypto';
import type { VerificaIntegrita } from '../../shared/domain/modifiche';
import { formatDateIt, formatVerbaleNumber } from '../../shared/italian';
import { auditEntryHash, type HashedAuditRow } from '../audit/chain';
import type { Progress } from '../archive/integrity';
import type { Db } from '../db/open';
import { expectedSchema, schemaObjects } from './expected-schema';

type Anomalia = VerificaIntegrita['anomalie'][number];

const OUTSIDE = "è stato alterato fuori dall'applicazione";
const OBJECT_LABEL: Record<string, string> = { table: 'la tabella', index: "l'indice", trigger: 'la regola di protezione (trigger)', view: 'la vista' };

function checkSchema(db: Db, anomalie: Anomalia[]): number {
  const expected = expectedSchema();
  const actual = new Map(schemaObjects(db).map((o) => [`${o.type} ${o.name}`, o]));
  for (const [key, object] of expected) {
    const found = actual.get(key);
    const what = `${OBJECT_LABEL[object.type] ?? object.type} «${object.name}»`;
    if (!found) anomalie.push({ tipo: 'schema', messaggio: `Lo schema dell'archivio ${OUTSIDE}: manca ${what}.` });
    else if (found.sql !== object.sql) anomalie.push({ tipo: 'schema', messaggio: `Lo schema dell'archivio ${OUTSIDE}: ${what} è stata modificata.` });
  }
  for (const [key, object] of actual) {
    if (!expected.has(key)) {
      anomalie.push({ tipo: 'schema', messaggio: `Lo schema dell'archivio ${OUTSIDE}: ${OBJECT_LABEL[object.type] ?? object.type} «${object.name}» non fa parte dell'applicazione.` });
    }
  }
  return expected.size;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Every stored file and fixed record against the SHA-256 stored with it. */
function checkFingerprints(db: Db, anomalie: Anomalia[]): number {
  let count = 0;
  for (const v of db.prepare("SELECT anno, numero, pdf, pdf_sha256 FROM verbali WHERE pdf IS NOT NULL").iterate() as Iterable<{
    anno: number;
    numero: number;
    pdf: Buffer;
    pdf_sha256: string;
  }>) {
    count++;
    if (sha256(v.pdf) !== v.pdf_sha256) {
      anomalie.push({ tipo: 'impronta', messaggio: `Il verbale n. ${formatVerbaleNumber(v.numero, v.anno)} ${OUTSIDE}: il PDF archiviato non corrisponde alla sua impronta SHA-256.` });
    }
  }
  for (const f of db.prepare(`SELECT f.nome_file, f.contenuto, f.sha256, v.anno, v.numero FROM verbale_firmati f JOIN verbali v ON v.id = f.verbale_id`).iterate() as Iterable<{
    nome_file: string;
    contenuto: Buffer;
    sha256: string;
    anno: number;
    numero: number;
  }>) {
    count++;
    if (sha256(f.contenuto) !== f.sha256) {
      anomalie.push({
        tipo: 'impronta',
        messaggio: `Il file firmato «${f.nome_file}» del verbale n. ${formatVerbaleNumber(f.numero, f.anno)} ${OUTSIDE}: non corrisponde alla sua impronta SHA-256.`,
      });
    }
  }
  for (const a of db.prepare(`SELECT a.descrizione, a.contenuto, a.sha256, v.anno, v.numero, s.data, p.posizione FROM allegati a
      LEFT JOIN odg_punti p ON p.id = a.punto_id LEFT JOIN sedute s ON s.id = p.seduta_id
      LEFT JOIN regolamento_versioni rv ON rv.id = a.versione_id
      LEFT JOIN verbali v ON v.id = coalesce(a.verbale_id, rv.verbale_id)`).iterate() as Iterable<{
    descrizione: string;
    contenuto: Buffer;
    sha256: string;
    anno: number | null;
    numero: number | null;
    data: string | null;
    posizione: number | null;
  }>) {
    count++;
    if (sha256(a.contenuto) !== a.sha256) {
      const act = a.numero !== null ? `del verbale n. ${formatVerbaleNumber(a.numero, a.anno!)}` : a.data !== null ? `del punto n. ${a.posizione} della seduta del ${formatDateIt(a.data)}` : 'di una versione di regolamento';
      anomalie.push({ tipo: 'impronta', messaggio: `L'allegato «${a.descrizione}» ${act} ${OUTSIDE}: non corrisponde alla sua impronta SHA-256.` });
    }
  }
  for (const p of db.prepare('SELECT anno, numero, copia, copia_sha256, referto, referto_sha256 FROM pubblicazioni').iterate() as Iterable<{
    anno: number;
    numero: number;
    copia: Buffer;
    copia_sha256: string;
    referto: Buffer | null;
    referto_sha256: string | null;
  }>) {
    const files = [
      { what: 'La copia pubblicata', altered: 'è stata alterata', bytes: p.copia, sha: p.copia_sha256 },
      ...(p.referto ? [{ what: 'Il referto', altered: 'è stato alterato', bytes: p.referto, sha: p.referto_sha256 }] : []),
    ];
    for (const f of files) {
      count++;
      if (sha256(f.bytes) !== f.sha) {
        const messaggio = `${f.what} della pubblicazione all'albo n. ${p.numero}/${p.anno} ${f.altered} fuori dall'applicazione: non corrisponde alla sua impronta SHA-256.`;
        anomalie.push({ tipo: 'impronta', messaggio });
      }
    }
  }
  for (const c of db.prepare('SELECT s.data, c.record, c.sha256 FROM seduta_chiusure c JOIN sedute s ON s.id = c.seduta_id').iterate() as Iterable<{
    data: string;
    record: string;
    sha256: string;
  }>) {
    count++;
    if (sha256(c.record) !== c.sha256) {
      anomalie.push({ tipo: 'impronta', messaggio: `Gli esiti della seduta del ${formatDateIt(c.data)} sono stati alterati fuori dall'applicazione: non corrispondono alla loro impronta SHA-256.` });
    }
  }
  for (const m of db.prepare('SELECT identificativo, xml, xml_sha256 FROM metadati').iterate() as Iterable<{ identificativo: string; xml: string; xml_sha256: string }>) {
    count++;
    if (sha256(m.xml) !== m.xml_sha256) {
      anomalie.push({ tipo: 'impronta', messaggio: `I metadati del documento ${m.identificativo} sono stati alterati fuori dall'applicazione: non corrispondono alla loro impronta SHA-256.` });
    }
  }
  for (const v of db.prepare('SELECT identificativo, indice, indice_sha256 FROM versamenti').iterate() as Iterable<{ identificativo: string; indice: string; indice_sha256: string }>) {
    count++;
    if (sha256(v.indice) !== v.indice_sha256) {
      anomalie.push({ tipo: 'impronta', messaggio: `L'indice del versamento ${v.identificativo} ${OUTSIDE}: non corrisponde alla sua impronta SHA-256.` });
    }
  }
  return count;
}

type ChainRow = HashedAuditRow & { hash: string | null };

/**
 * The audit chain: consecutive numbers, each entry's hash recomputed, each linked to the previous one. Then the
 * fingerprints of the acts against the last one the register recorded for them: an act rewritten together with its
 * stored fingerprint still differs from what the register says it was.
 */
function checkChain(db: Db, anomalie: Anomalia[]): number {
  let previous: ChainRow | undefined;
  let count = 0;
  const recorded = new Map<string, string>();
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as Iterable<ChainRow>) {
    count++;
    const broken = (what: string) => anomalie.push({ tipo: 'registro', messaggio: `Il registro delle modifiche ${OUTSIDE}: ${what}.` });
    if (previous && row.id !== previous.id + 1) broken(`mancano le voci dalla n. ${previous.id + 1} alla n. ${row.id - 1}`);
    if (row.prev_hash !== (previous?.hash ?? null)) broken(`la voce n. ${row.id} non segue la voce precedente`);
    if (row.hash !== auditEntryHash(row)) broken(`la voce n. ${row.id} non corrisponde alla sua impronta`);
    for (const change of JSON.parse(row.modifiche) as { table: string; key: { id?: unknown }; row?: Record<string, unknown>; changed?: Record<string, [unknown, unknown]> }[]) {
      const value = change.changed?.pdf_sha256?.[1] ?? change.row?.pdf_sha256;
      if (change.table === 'verbali' && (change.changed?.pdf_sha256 || change.row)) recorded.set(String(change.key.id), String(value ?? ''));
    }
    previous = row;
  }
  for (const v of db.prepare('SELECT id, anno, numero, pdf_sha256 FROM verbali').iterate() as Iterable<{ id: number; anno: number; numero: number; pdf_sha256: string | null }>) {
    const expected = recorded.get(String(v.id));
    if (expected !== undefined && expected !== (v.pdf_sha256 ?? '')) {
      anomalie.push({
        tipo: 'atto',
        messaggio: `Il verbale n. ${formatVerbaleNumber(v.numero, v.anno)} ${OUTSIDE}: il PDF archiviato non è quello registrato all'esportazione.`,
      });
    }
  }
  return count;
}

/** Nothing is repaired: the check only reports, in Italian, naming the act. */
export function checkRecord(db: Db, now: Date, progress: Progress = () => {}): VerificaIntegrita {
  const anomalie: Anomalia[] = [];
  progress(0, 'Controllo dello schema');
  const oggettiSchema = checkSchema(db, anomalie);
  progress(0.1, 'Ricalcolo delle impronte SHA-256 dei file conservati');
  const impronte = checkFingerprints(db, anomalie);
  progress(0.6, 'Verifica della catena del Registro delle modifiche');
  const vociRegistro = checkChain(db, anomalie);
  progress(1, 'Verifica completata');
  return { eseguitaIl: now.toISOString(), integra: anomalie.length === 0, anomalie, controlli: { oggettiSchema, impronte, vociRegistro } };
}
