import type { Pubblicazione } from '../../shared/domain/pubblicazione';
import { giorniDelPeriodo } from '../../shared/domain/pubblicazione-periodo';
import { formatVerbaleNumber } from '../../shared/italian';
import type { Db } from '../db/open';

interface PubblicazioneRow {
  id: number;
  verbale_id: number;
  punto_id: number | null;
  punto_posizione: number | null;
  verbale_anno: number;
  verbale_numero: number;
  anno: number;
  numero: number;
  dal: string;
  al: string;
  oggetto: string;
  omissis: string;
  copia_sha256: string;
  pubblicato_da: string;
  pubblicato_il: string;
  referto_sha256: string | null;
  referto_il: string | null;
  referto_da: string | null;
  referto_esito: 'senza_opposizioni' | 'con_note' | null;
  referto_note: string | null;
  referto_firmatario: string | null;
  referto_qualifica: string | null;
}

const SELECT = `
  SELECT p.id, p.verbale_id, p.punto_id, o.posizione AS punto_posizione, v.anno AS verbale_anno, v.numero AS verbale_numero,
    p.anno, p.numero, p.dal, p.al, p.oggetto, p.omissis, p.copia_sha256, p.pubblicato_da, p.pubblicato_il,
    p.referto_sha256, p.referto_il, p.referto_da, p.referto_esito, p.referto_note, p.referto_firmatario, p.referto_qualifica
  FROM pubblicazioni p JOIN verbali v ON v.id = p.verbale_id LEFT JOIN odg_punti o ON o.id = p.punto_id`;

/** "Verbale n. 03/2027", "Estratto del verbale n. 03/2027 – punto n. 2". */
export function attoLabel(verbaleNumero: string, puntoPosizione: number | null): string {
  return puntoPosizione === null ? `Verbale n. ${verbaleNumero}` : `Estratto del verbale n. ${verbaleNumero} – punto n. ${puntoPosizione}`;
}

function toPubblicazione(r: PubblicazioneRow, today: string): Pubblicazione {
  return {
    id: r.id,
    verbaleId: r.verbale_id,
    puntoId: r.punto_id,
    atto: attoLabel(formatVerbaleNumber(r.verbale_numero, r.verbale_anno), r.punto_posizione),
    oggetto: r.oggetto,
    anno: r.anno,
    numero: r.numero,
    numeroTesto: `${r.numero}/${r.anno}`,
    dal: r.dal,
    al: r.al,
    giorni: giorniDelPeriodo(r.dal, r.al),
    omissis: JSON.parse(r.omissis) as string[],
    copiaSha256: r.copia_sha256,
    pubblicatoDa: r.pubblicato_da,
    pubblicatoIl: r.pubblicato_il,
    stato: r.referto_il !== null ? 'refertata' : today < r.dal ? 'programmata' : today <= r.al ? 'in_corso' : 'conclusa',
    referto:
      r.referto_il === null
        ? null
        : {
            il: r.referto_il,
            da: r.referto_da!,
            esito: r.referto_esito!,
            note: r.referto_note!,
            firmatario: r.referto_firmatario!,
            qualifica: r.referto_qualifica!,
            sha256: r.referto_sha256!,
          },
  };
}

export interface NuovaPubblicazione {
  verbaleId: number;
  puntoId: number | null;
  numero: number;
  dal: string;
  al: string;
  oggetto: string;
  omissis: readonly string[];
  copia: Buffer;
  copiaSha256: string;
  pubblicatoDa: string;
  pubblicatoIl: string;
}

export interface NuovoReferto {
  id: number;
  referto: Buffer;
  sha256: string;
  il: string;
  da: string;
  esito: 'senza_opposizioni' | 'con_note';
  note: string;
  firmatario: string;
  qualifica: string;
}

export function createPubblicazioniStore(db: Db) {
  const get = db.prepare<[number], PubblicazioneRow>(`${SELECT} WHERE p.id = ?`);
  const byVerbale = db.prepare<[number], PubblicazioneRow>(`${SELECT} WHERE p.verbale_id = ? ORDER BY p.dal DESC, p.id DESC`);
  const inCorso = db.prepare<{ today: string }, PubblicazioneRow>(`${SELECT} WHERE p.al >= @today ORDER BY p.dal DESC, p.id DESC`);
  const concluse = db.prepare<{ today: string }, PubblicazioneRow>(`${SELECT} WHERE p.al < @today ORDER BY p.al DESC, p.id DESC`);
  const all = db.prepare<[], PubblicazioneRow>(`${SELECT} ORDER BY p.dal DESC, p.id DESC`);
  const byNumber = db.prepare<[number, number], { id: number }>('SELECT id FROM pubblicazioni WHERE anno = ? AND numero = ?');
  const insert = db.prepare(`INSERT INTO pubblicazioni (verbale_id, punto_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il)
    VALUES (@verbaleId, @puntoId, @anno, @numero, @dal, @al, @oggetto, @omissis, @copia, @copiaSha256, @pubblicatoDa, @pubblicatoIl)`);
  const setReferto = db.prepare(`UPDATE pubblicazioni SET referto = @referto, referto_sha256 = @sha256, referto_il = @il, referto_da = @da,
    referto_esito = @esito, referto_note = @note, referto_firmatario = @firmatario, referto_qualifica = @qualifica
    WHERE id = @id AND referto IS NULL`);
  const file = db.prepare<[number], { copia: Buffer; referto: Buffer | null }>('SELECT copia, referto FROM pubblicazioni WHERE id = ?');

  return {
    get: (id: number, today: string) => {
      const row = get.get(id);
      return row && toPubblicazione(row, today);
    },
    byVerbale: (verbaleId: number, today: string) => byVerbale.all(verbaleId).map((r) => toPubblicazione(r, today)),
    /** In course (including those starting later) or ended, by the day in Italy. */
    elenco: (filtro: 'in_corso' | 'concluse' | 'tutte', today: string) =>
      (filtro === 'in_corso' ? inCorso.all({ today }) : filtro === 'concluse' ? concluse.all({ today }) : all.all()).map((r) => toPubblicazione(r, today)),
    numberTaken: (anno: number, numero: number): boolean => byNumber.get(anno, numero) !== undefined,
    insert: (p: NuovaPubblicazione): number =>
      Number(insert.run({ ...p, anno: Number(p.dal.slice(0, 4)), omissis: JSON.stringify(p.omissis) }).lastInsertRowid),
    /** Sets the referto once; false if it was already set. */
    setReferto: (r: NuovoReferto): boolean => setReferto.run(r).changes === 1,
    file: (id: number) => file.get(id),
  };
}
export type PubblicazioniStore = ReturnType<typeof createPubblicazioniStore>;

const stores = new WeakMap<Db, PubblicazioniStore>();

/** The store of the archive open now (a restore opens another file): prepared once per connection. */
export function pubblicazioniStore(db: Db): PubblicazioniStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = createPubblicazioniStore(db)));
  return store;
}
