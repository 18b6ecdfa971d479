import type { Db } from '../db/open';

/** One table of the whole-archive export: its file, its column headings (Italian) and the query giving its rows. */
interface Tabella {
  file: string;
  descrizione: string;
  colonne: string[];
  sql: string;
}

/** The data of the archive as tables a successor or an auditor can open without the app, in a fixed order. */
export const TABELLE: readonly Tabella[] = [
  {
    file: 'dati/comuni.csv',
    descrizione: 'I comuni dell’Ambito, con sindaco, popolazione e stato (attivo/disattivato)',
    colonne: ['ID', 'Comune', 'Codice ISTAT', 'Codice catastale', 'CAP', 'Provincia', 'Popolazione residente', 'Data popolazione', 'Fonte', 'Censimento 2011', 'Attivo', 'Disattivato il', 'Sindaco', 'E-mail', 'PEC', 'Telefono'],
    sql: `SELECT id, nome, codice_istat, codice_catastale, cap, provincia, popolazione_residente, popolazione_data, popolazione_fonte,
      popolazione_censimento_2011, CASE attivo WHEN 1 THEN 'sì' ELSE 'no' END, disattivato_il, sindaco_nome, sindaco_email, sindaco_pec, sindaco_telefono
      FROM comuni ORDER BY id`,
  },
  {
    file: 'dati/sedute.csv',
    descrizione: 'Le sedute: data, orari, stato, convocazione',
    colonne: ['ID', 'Organo', 'Data', 'Tipo', 'Ora inizio', 'Ora fine', 'Luogo', 'Oggetto', 'Stato', 'Motivo annullamento', 'Protocollo convocazione', 'Data convocazione', 'Prima convocazione', 'Seconda convocazione', 'Convocazione effettiva', 'Storica'],
    sql: `SELECT s.id, o.nome, s.data, s.tipo, s.ora_inizio, s.ora_fine, s.luogo, s.oggetto, s.stato, s.annullata_motivo, s.convocazione_prot,
      s.convocazione_data, s.prima_convocazione, s.seconda_convocazione, s.convocazione_effettiva, CASE s.storica WHEN 1 THEN 'sì' ELSE 'no' END
      FROM sedute s JOIN organi o ON o.id = s.organo_id ORDER BY s.data, s.id`,
  },
  {
    file: 'dati/ordine_del_giorno.csv',
    descrizione: "I punti all'ordine del giorno di ogni seduta",
    colonne: ['ID punto', 'ID seduta', 'Data seduta', 'Posizione', 'Titolo', 'Descrizione', 'Relatore', 'Tipo', 'ID verbale da approvare'],
    sql: `SELECT p.id, p.seduta_id, s.data, p.posizione, p.titolo, p.descrizione, p.relatore, p.tipo, p.verbale_id
      FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id ORDER BY s.data, s.id, p.posizione`,
  },
  {
    file: 'dati/presenze.csv',
    descrizione: 'Le presenze dei comuni a ogni seduta (sindaco, delegato, assente, assente giustificato)',
    colonne: ['ID seduta', 'Data seduta', 'ID comune', 'Comune', 'Presenza', 'Nominativo', 'Delega', 'Ora ingresso', 'Ora uscita'],
    sql: `SELECT pr.seduta_id, s.data, pr.comune_id, c.nome, pr.stato, pr.nominativo, pr.delega_rif, pr.ora_ingresso, pr.ora_uscita
      FROM presenze pr JOIN sedute s ON s.id = pr.seduta_id JOIN comuni c ON c.id = pr.comune_id ORDER BY s.data, s.id, c.nome, c.id`,
  },
  {
    file: 'dati/votazioni.csv',
    descrizione: 'Le votazioni per punto: modalità e, per lo scrutinio segreto, i totali',
    colonne: ['ID punto', 'ID seduta', 'Data seduta', 'Punto', 'Modalità', 'Ora', 'Favorevoli (segreta)', 'Contrari (segreta)', 'Astenuti (segreta)'],
    sql: `SELECT v.punto_id, p.seduta_id, s.data, p.posizione, v.modalita, v.ora, v.favorevoli, v.contrari, v.astenuti
      FROM votazioni v JOIN odg_punti p ON p.id = v.punto_id JOIN sedute s ON s.id = p.seduta_id ORDER BY s.data, s.id, p.posizione`,
  },
  {
    file: 'dati/voti.csv',
    descrizione: 'Il voto di ogni comune nelle votazioni palesi',
    colonne: ['ID punto', 'Data seduta', 'Punto', 'ID comune', 'Comune', 'Voto'],
    sql: `SELECT vo.punto_id, s.data, p.posizione, vo.comune_id, c.nome, vo.voto
      FROM voti vo JOIN odg_punti p ON p.id = vo.punto_id JOIN sedute s ON s.id = p.seduta_id JOIN comuni c ON c.id = vo.comune_id
      ORDER BY s.data, s.id, p.posizione, c.nome, c.id`,
  },
  {
    file: 'dati/esiti.csv',
    descrizione: 'Il verbale di chiusura di ogni seduta chiusa (regole applicate, presidenza, esiti) come registrato, con la sua impronta',
    colonne: ['ID seduta', 'Data seduta', 'Chiusa il', 'ID regole applicate', 'Registrazione (JSON)', 'SHA-256'],
    sql: `SELECT c.seduta_id, s.data, c.chiusa_il, c.regole_versione_id, c.record, c.sha256 FROM seduta_chiusure c JOIN sedute s ON s.id = c.seduta_id ORDER BY s.data, s.id`,
  },
  {
    file: 'dati/verbali.csv',
    descrizione: 'Il registro dei verbali: numero, stato, approvazione, firma, impronta del PDF/A esportato',
    colonne: ['ID', 'Organo', 'Anno', 'Numero', 'Data', 'ID seduta', 'Oggetto', 'Stato', 'Motivo annullamento', 'Approvazione', 'Approvato il', 'Esportato il', 'Firmato il', 'Firma', 'SHA-256 PDF/A', 'Rettifica del verbale (ID)'],
    sql: `SELECT v.id, o.nome, v.anno, v.numero, v.data, v.seduta_id, v.oggetto, v.stato, v.annullato_motivo, v.approvazione, v.approvato_il,
      v.esportato_il, v.firmato_il, v.firma_modo, v.pdf_sha256, v.rettifica_di FROM verbali v JOIN organi o ON o.id = v.organo_id ORDER BY v.organo_id, v.anno, v.numero`,
  },
  {
    file: 'dati/regolamenti.csv',
    descrizione: 'Le versioni dei regolamenti e delle convenzioni, con il verbale che le approva',
    colonne: ['ID regolamento', 'Titolo', 'Tipo', 'ID versione', 'Tipo versione', 'In vigore dal', 'ID verbale', 'Verbale', 'Sintesi', 'Testo disponibile', 'Articoli'],
    sql: `SELECT r.id, r.titolo, r.tipo, v.id, v.tipo, v.vigente_dal, v.verbale_id,
      CASE WHEN vb.id IS NULL THEN NULL ELSE printf('%02d/%d', vb.numero, vb.anno) END, v.sintesi, CASE v.testo_disponibile WHEN 1 THEN 'sì' ELSE 'no' END,
      (SELECT count(*) FROM regolamento_articoli a WHERE a.versione_id = v.id)
      FROM regolamento_versioni v JOIN regolamenti r ON r.id = v.regolamento_id LEFT JOIN verbali vb ON vb.id = v.verbale_id ORDER BY r.id, v.vigente_dal, v.id`,
  },
  {
    file: 'dati/articoli.csv',
    descrizione: 'Gli articoli di ogni versione dei regolamenti',
    colonne: ['ID versione', 'Posizione', 'Tipo', 'Numero', 'Rubrica', 'Testo', 'Intestazioni'],
    sql: 'SELECT versione_id, posizione, tipo, numero, rubrica, testo, intestazioni FROM regolamento_articoli ORDER BY versione_id, posizione',
  },
  {
    file: 'dati/pubblicazioni.csv',
    descrizione: 'Le pubblicazioni all’albo pretorio, con le impronte della copia pubblicata e del referto',
    colonne: ['ID', 'Anno', 'Numero', 'ID verbale', 'ID punto (estratto)', 'Dal', 'Al', 'Oggetto', 'Pubblicata da', 'Registrata il', 'SHA-256 copia', 'Referto il', 'Esito', 'Note', 'Firmatario', 'Qualifica', 'SHA-256 referto'],
    sql: `SELECT id, anno, numero, verbale_id, punto_id, dal, al, oggetto, pubblicato_da, pubblicato_il, copia_sha256, referto_il, referto_esito, referto_note,
      referto_firmatario, referto_qualifica, referto_sha256 FROM pubblicazioni ORDER BY anno, numero`,
  },
  {
    file: 'dati/versamenti.csv',
    descrizione: 'I pacchetti di versamento inviati in conservazione',
    colonne: ['ID', 'Identificativo', 'Descrizione', 'Creato il', 'Operatore', 'File', 'SHA-256 indice'],
    sql: 'SELECT id, identificativo, descrizione, creato_il, operatore, file, indice_sha256 FROM versamenti ORDER BY id',
  },
];

export function createEsportazioneStore(db: Db) {
  const statements = TABELLE.map((t) => ({ tabella: t, stmt: db.prepare(t.sql).raw(true) }));
  const closedItemsWithAllegati = db.prepare<[], { punto_id: number; seduta_id: number; data: string; posizione: number }>(`
    SELECT DISTINCT p.id AS punto_id, s.id AS seduta_id, s.data, p.posizione FROM allegati a JOIN odg_punti p ON p.id = a.punto_id
    JOIN sedute s ON s.id = p.seduta_id WHERE s.stato = 'chiusa' ORDER BY s.data, s.id, p.posizione`);
  const verbaliIds = db.prepare<[], { id: number }>('SELECT id FROM verbali ORDER BY organo_id, anno, numero');
  const pubblicazioni = db.prepare<[], { id: number; anno: number; numero: number; copia: Buffer; referto: Buffer | null; copia_sha256: string; referto_sha256: string | null }>(
    'SELECT id, anno, numero, copia, copia_sha256, referto, referto_sha256 FROM pubblicazioni ORDER BY anno, numero',
  );
  return {
    /** Each table with its rows as text cells ('' for NULL). */
    tabelle: () =>
      statements.map(({ tabella, stmt }) => ({ tabella, righe: (stmt.all() as unknown[][]).map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) })),
    closedItemsWithAllegati: () => closedItemsWithAllegati.all(),
    verbaliIds: () => verbaliIds.all().map((r) => r.id),
    /** The albo's copies and referti, as stored. */
    pubblicazioni: () => pubblicazioni.all(),
  };
}
