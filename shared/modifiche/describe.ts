// How an entry of the Registro delle modifiche reads, on screen, in the CSV and in the PDF.
import type { Modifica } from '../domain/modifiche';

/** The Italian name of each operation that changes the archive. */
export const OPERAZIONE_LABEL: Record<string, string> = {
  'ente.update': "Modifica dei dati dell'ente",
  'comuni.update': 'Modifica di un comune',
  'comuni.create': 'Nuovo comune',
  'comuni.setActive': 'Attivazione o disattivazione di un comune',
  'regole.save': 'Regole della Conferenza salvate',
  'regole.remove': 'Versione delle regole eliminata',
  'sedute.create': 'Nuova seduta',
  'sedute.update': 'Modifica dei dati della seduta',
  'sedute.setStato': 'Cambio di stato della seduta',
  'odg.add': "Punto aggiunto all'ordine del giorno",
  'odg.update': "Punto dell'ordine del giorno modificato",
  'odg.move': "Punto dell'ordine del giorno spostato",
  'odg.remove': "Punto dell'ordine del giorno eliminato",
  'presenze.set': 'Presenza registrata',
  'sedute.tuttiPresenti': 'Tutti i comuni assenti segnati presenti con il Sindaco',
  'sedute.azzeraPresenze': 'Presenze azzerate: tutti i comuni segnati assenti',
  'votazioni.save': 'Votazione registrata',
  'votazioni.remove': 'Votazione eliminata',
  'verbali.create': 'Bozza del verbale redatta',
  'verbali.updateSezione': 'Testo del verbale modificato',
  'verbali.rigenera': 'Bozza del verbale rigenerata',
  'verbali.approva': 'Verbale approvato',
  'verbali.ritiraApprovazione': 'Approvazione del verbale ritirata',
  'verbali.esporta': 'Verbale esportato per la firma',
  'verbali.importaFirmato': 'File firmato archiviato',
  'verbali.firmaAutografa': 'Firma autografa registrata',
  'verbali.annulla': 'Verbale annullato',
  'verbali.rettifica': 'Rettifica redatta',
  'regolamenti.create': 'Nuovo regolamento',
  'regolamenti.aggiungiVersione': 'Nuova versione di un regolamento',
  'regolamenti.completaTesto': 'Testo di una versione completato',
  'operatori.aggiungi': 'Operatore aggiunto',
  'operatori.rimuovi': 'Operatore rimosso',
  'sessione.operatore': 'Inizio del lavoro di un operatore',
  'integrita.verifica': "Verifica dell'integrità dell'archivio",
  'sedute.registraChiusure': 'Esiti delle sedute chiuse con la versione precedente fissati al primo avvio',
  'integrita.avvio': "Anomalie trovate all'avvio dalla verifica dell'integrità",
  'pubblicazioni.pubblica': "Pubblicazione all'albo pretorio registrata",
  'pubblicazioni.referto': 'Referto di pubblicazione emesso',
};

export const operazioneLabel = (canale: string): string => OPERAZIONE_LABEL[canale] ?? canale;

const TABLE_LABEL: Record<string, string> = {
  sedute: 'seduta',
  presenze: 'presenza',
  odg_punti: 'punto',
  votazioni: 'votazione',
  voti: 'voto',
  votazione_candidati: 'candidato',
  verbali: 'verbale',
  verbale_sezioni: 'testo del verbale',
  verbale_firmati: 'file firmato',
  seduta_chiusure: 'esiti fissati alla chiusura',
  comuni: 'comune',
  ente: 'ente',
  regole_versioni: 'regole',
  regolamenti: 'regolamento',
  regolamento_versioni: 'versione del regolamento',
  regolamento_articoli: 'articolo',
  operatori: 'operatore',
  pubblicazioni: "pubblicazione all'albo",
};

const shown = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/** One line per changed row: "presenza (seduta_id 4, comune_id 9): stato «assente» → «sindaco»". */
export function describeChanges(modifiche: Modifica['modifiche']): string[] {
  return modifiche.map((c) => {
    const what = `${TABLE_LABEL[c.table] ?? c.table} (${Object.entries(c.key).map(([k, v]) => `${k} ${shown(v)}`).join(', ')})`;
    if (c.op === 'insert') return `${what}: inserito`;
    if (c.op === 'delete') return `${what}: eliminato`;
    const fields = Object.entries(c.changed ?? {}).map(([field, [before, after]]) => `${field} «${shown(before)}» → «${shown(after)}»`);
    return `${what}: ${fields.join('; ')}`;
  });
}
