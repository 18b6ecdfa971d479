import type { Comune, ComuneContatti, ComuneCreate } from '../../shared/domain/comune';
import type { Db } from '../db/open';

interface ComuneRow {
  id: number;
  nome: string;
  codice_istat: string;
  codice_catastale: string;
  cap: string;
  provincia: string;
  popolazione_residente: number;
  popolazione_data: string;
  popolazione_fonte: string;
  popolazione_censimento_2011: number | null;
  capofila: number;
  attivo: number;
  disattivato_il: string | null;
  sindaco_nome: string;
  sindaco_email: string;
  sindaco_pec: string;
  sindaco_telefono: string;
}

const toComune = (r: ComuneRow): Comune => ({
  id: r.id,
  nome: r.nome,
  codiceIstat: r.codice_istat,
  codiceCatastale: r.codice_catastale,
  cap: r.cap,
  provincia: r.provincia,
  popolazioneResidente: r.popolazione_residente,
  popolazioneData: r.popolazione_data,
  popolazioneFonte: r.popolazione_fonte,
  popolazioneCensimento2011: r.popolazione_censimento_2011,
  capofila: r.capofila === 1,
  attivo: r.attivo === 1,
  disattivatoIl: r.disattivato_il,
  sindacoNome: r.sindaco_nome,
  sindacoEmail: r.sindaco_email,
  sindacoPec: r.sindaco_pec,
  sindacoTelefono: r.sindaco_telefono,
});

// The capofila flag is derived from the ente, so it can never disagree with it.
const SELECT = `
  SELECT c.*, (c.id = e.capofila_comune_id) AS capofila
  FROM comuni c LEFT JOIN ente e ON e.id = 1`;

export function createComuniStore(db: Db) {
  const list = db.prepare<[number], ComuneRow>(`${SELECT} WHERE c.attivo = 1 OR ? ORDER BY c.nome COLLATE NOCASE`);
  const get = db.prepare<[number], ComuneRow>(`${SELECT} WHERE c.id = ?`);
  const byCode = db.prepare<[string, string], { id: number; nome: string }>(
    'SELECT id, nome FROM comuni WHERE codice_istat = ? OR codice_catastale = ?',
  );
  const updateContatti = db.prepare(`
    UPDATE comuni SET sindaco_nome = @sindacoNome, sindaco_email = @sindacoEmail,
      sindaco_pec = @sindacoPec, sindaco_telefono = @sindacoTelefono
    WHERE id = @id`);
  const insert = db.prepare(`
    INSERT INTO comuni (nome, codice_istat, codice_catastale, cap, provincia, popolazione_residente, popolazione_data,
      popolazione_fonte, popolazione_censimento_2011, sindaco_nome, sindaco_email, sindaco_pec, sindaco_telefono)
    VALUES (@nome, @codiceIstat, @codiceCatastale, @cap, @provincia, @popolazioneResidente, @popolazioneData,
      @popolazioneFonte, @popolazioneCensimento2011, @sindacoNome, @sindacoEmail, @sindacoPec, @sindacoTelefono)`);
  const setActive = db.prepare(`
    UPDATE comuni SET attivo = @attivo,
      disattivato_il = CASE WHEN @attivo = 1 THEN NULL ELSE date('now', 'localtime') END
    WHERE id = @id`);

  return {
    list: (includeInactive: boolean): Comune[] => list.all(includeInactive ? 1 : 0).map(toComune),
    get: (id: number): Comune | undefined => {
      const row = get.get(id);
      return row && toComune(row);
    },
    findByCode: (codiceIstat: string, codiceCatastale: string) => byCode.get(codiceIstat, codiceCatastale),
    updateContatti: (id: number, contatti: ComuneContatti): void => {
      updateContatti.run({ id, ...contatti });
    },
    insert: (comune: ComuneCreate): number => Number(insert.run(comune).lastInsertRowid),
    setActive: (id: number, attivo: boolean): void => {
      setActive.run({ id, attivo: attivo ? 1 : 0 });
    },
  };
}
export type ComuniStore = ReturnType<typeof createComuniStore>;
