import type { Migration } from '../migrate';
import { SEED_COMUNI } from '../seed/comuni';
import { SEED_ENTE, SEED_ORGANI } from '../seed/ente';

/** The Ambito Socio-Territoriale Lagonegrese Pollino as the customer described it: present on first run. */
export const m002SeedAmbito: Migration = {
  version: 2,
  name: 'seed: Ambito Lagonegrese Pollino, 27 comuni, Conferenza',
  up(db) {
    const insertComune = db.prepare(`
      INSERT INTO comuni (nome, codice_istat, codice_catastale, cap, provincia, popolazione_residente,
        popolazione_data, popolazione_fonte, popolazione_censimento_2011, sindaco_nome)
      VALUES (@nome, @codiceIstat, @codiceCatastale, @cap, @provincia, @popolazioneResidente,
        @popolazioneData, @popolazioneFonte, @popolazioneCensimento2011, @sindacoNome)`);
    let capofilaId: number | bigint | undefined;
    for (const comune of SEED_COMUNI) {
      const { capofila, ...row } = comune;
      const sindacoNome = capofila ? SEED_ENTE.presidente : '';
      const { lastInsertRowid } = insertComune.run({ ...row, sindacoNome });
      if (capofila) capofilaId = lastInsertRowid;
    }
    if (capofilaId === undefined) throw new Error('Seed: nessun comune capofila');
    db.prepare(`
      INSERT INTO ente (id, nome, sede, capofila_comune_id, presidente, coordinatore)
      VALUES (1, @nome, @sede, @capofilaId, @presidente, @coordinatore)`).run({ ...SEED_ENTE, capofilaId });
    const insertOrgano = db.prepare('INSERT INTO organi (nome) VALUES (?)');
    for (const nome of SEED_ORGANI) insertOrgano.run(nome);
  },
};
