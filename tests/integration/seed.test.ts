import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectOk, useTempBackend } from '../helpers/backend';

// The team's reference list, beside the project root (present in CI and on developers' machines).
const SHARED_CSV = path.resolve(__dirname, '../../../shared/data/comuni.csv');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('seed: the Ambito on first run', () => {
  const open = useTempBackend();

  test.skipIf(!fs.existsSync(SHARED_CSV))('exactly the 27 comuni of comuni.csv, with codes, names and figures', async () => {
    const comuni = expectOk(await open().backend.invoke('comuni.list', {}));
    const csv = readCsv(SHARED_CSV);
    expect(comuni).toHaveLength(27);
    expect(csv).toHaveLength(27);
    const byIstat = new Map(comuni.map((c) => [c.codiceIstat, c]));
    for (const row of csv) {
      const c = byIstat.get(row.codice_istat!);
      expect(c, row.nome).toBeDefined();
      expect(c).toMatchObject({
        nome: row.nome,
        codiceCatastale: row.codice_catastale,
        cap: row.cap,
        provincia: row.provincia,
        popolazioneResidente: Number(row.popolazione_residente),
        popolazioneData: row.popolazione_data,
        popolazioneFonte: row.popolazione_fonte,
        popolazioneCensimento2011: Number(row.popolazione_censimento_2011),
        capofila: row.capofila === 'si',
        attivo: true,
      });
    }
  });

  test('sorted by name, not by code (San Paolo Albanese has 076020)', async () => {
    const names = expectOk(await open().backend.invoke('comuni.list', {})).map((c) => c.nome);
    expect(names.indexOf('San Paolo Albanese')).toBe(names.indexOf('San Costantino Albanese') + 1);
    expect(names[0]).toBe('Calvera');
    expect(names.at(-1)).toBe('Viggianello');
  });

  test('Viggianello is the only capofila and its mayor presides', async () => {
    const { backend } = open();
    const comuni = expectOk(await backend.invoke('comuni.list', {}));
    expect(comuni.filter((c) => c.capofila).map((c) => c.nome)).toEqual(['Viggianello']);
    expect(comuni.find((c) => c.capofila)?.sindacoNome).toBe('Antonio Rizzo');
    expect(expectOk(await backend.invoke('ente.get', {}))).toEqual({
      nome: 'Ambito Socio-Territoriale Lagonegrese Pollino',
      sede: 'Contrada Anzoleconte, Viggianello',
      capofilaComuneId: comuni.find((c) => c.capofila)!.id,
      capofilaNome: 'Viggianello',
      presidente: 'Antonio Rizzo',
      coordinatore: 'Dott.ssa Caterina Cerbino',
      segretarioVerbalizzante: '',
      pec: '',
      email: '',
    });
    expect(expectOk(await backend.invoke('organi.list', {}))).toEqual([
      { id: 1, nome: 'Conferenza Istituzionale dei Sindaci', attivo: true },
    ]);
  });
});
