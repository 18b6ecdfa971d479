import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { formatDateIt } from '../../shared/italian';
import { expectOk, useTempBackend } from '../helpers/backend';
import { exportedRettifica } from '../helpers/conservazione-fixture';
import { approvedVerbale, SCAN_PDF, signedVerbale } from '../helpers/verbale-fixture';
import { parseXml, select, textAt, type XmlNode } from '../helpers/xml-parse';

const b64sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');
const hexsha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const decode = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

/** The top-level sequence of Allegato 5's DocumentoInformatico, in order (optional elements may be absent). */
const ALLEGATO_5_ORDER = [
  'IdDoc', 'ModalitaDiFormazione', 'TipologiaDocumentale', 'DatiDiRegistrazione', 'Soggetti', 'ChiaveDescrittiva', 'Allegati', 'Riservato',
  'IdentificativoDelFormato', 'Verifica', 'Agg', 'IdIdentificativoDocumentoPrimario', 'NomeDelDocumento', 'VersioneDelDocumento',
  'TracciatureModificheDocumento', 'TempoDiConservazione', 'Note',
];

function expectAllegato5Order(root: XmlNode) {
  expect(root.tag).toBe('DocumentoInformatico');
  const positions = root.children.map((c) => ALLEGATO_5_ORDER.indexOf(c.tag));
  expect(positions.every((p) => p >= 0), root.children.map((c) => c.tag).join(',')).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

/** Soggetti as "Ruolo|TipoRuolo|name" lines. */
const soggetti = (root: XmlNode) =>
  select(root, 'Soggetti/Ruolo').map((r) => {
    const role = r.children[0]!;
    const who = role.children[1]!;
    // A one-word name (an operating-system user) has a Cognome and no Nome.
    const name = who.tag === 'PF' ? [...select(who, 'Nome'), ...select(who, 'Cognome')].map((n) => n.text).join(' ') : who.children[0]!.text;
    return `${role.tag}|${textAt(role, 'TipoRuolo')}|${who.tag}|${name}`;
  });

describe('AgID metadata (Allegato 5) of the acts the app forms', () => {
  const open = useTempBackend();

  test('a signed verbale: the PDF/A and the signed scan each carry their metadata, recorded when fixed, read back as XML field by field', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbale(backend);
    const records = expectOk(await backend.invoke('metadati.verbale', { id: verbale.id }));
    expect(records.map((r) => [r.tipo, r.registrato, r.metadati.idDoc.identificativo])).toEqual([
      ['verbale', true, 'VERBALE-2026-01'],
      ['firmato', true, `VERBALE-2026-01-FIRMATO-${verbale.firmati[0]!.id}`],
    ]);

    const pdf = decode(expectOk(await backend.invoke('verbali.pdf', { id: verbale.id })));
    const xml = decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'verbale', id: verbale.id })));
    const root = parseXml(xml);
    expectAllegato5Order(root);
    expect(textAt(root, 'IdDoc/Identificativo')).toBe('VERBALE-2026-01');
    expect(textAt(root, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(pdf));
    expect(textAt(root, 'IdDoc/ImprontaCrittograficaDelDocumento/Algoritmo')).toBe('SHA-256');
    expect(textAt(root, 'ModalitaDiFormazione')).toBe('a');
    expect(textAt(root, 'TipologiaDocumentale')).toBe('Verbale di seduta della Conferenza Istituzionale dei Sindaci');
    const registro = select(root, 'DatiDiRegistrazione/TipoRegistro/Repertorio_Registro')[0]!;
    expect(textAt(root, 'DatiDiRegistrazione/TipologiaDiFlusso')).toBe('I');
    expect(textAt(registro, 'TipoRegistro')).toBe('Repertorio');
    expect(textAt(registro, 'NumeroRegistrazioneDocumento')).toBe('01/2026');
    expect(textAt(registro, 'DataRegistrazioneDocumento')).toBe('2026-12-10');
    expect(textAt(registro, 'CodiceRegistro')).toBe('Registro dei verbali 2026 – Conferenza Istituzionale dei Sindaci');
    expect(soggetti(root)).toEqual([
      'Autore|Soggetto produttore|PG|Ambito Socio-Territoriale Lagonegrese Pollino',
      'Autore|Presidente|PF|Antonio Rizzo',
      'Operatore|Operatore che ha registrato il documento|PF|' + expectOk(await backend.invoke('sessione.get', {})).operatore,
      'Produttore|Sistema che ha formato il documento|SW|Conferenza dei Sindaci – Ufficio di Piano ' + expectOk(await backend.invoke('app.info', {})).version,
    ]);
    expect(textAt(root, 'ChiaveDescrittiva/Oggetto')).toBe(verbale.oggetto);
    expect(textAt(root, 'Allegati/NumeroAllegati')).toBe('0');
    expect(textAt(root, 'Riservato')).toBe('false');
    expect(textAt(root, 'IdentificativoDelFormato/Formato')).toBe('application/pdf');
    expect(textAt(root, 'Verifica/FirmatoDigitalmente')).toBe('false');
    expect(textAt(root, 'Agg/TipoAgg/TipoAggregazione')).toBe('Serie Documentale');
    expect(textAt(root, 'NomeDelDocumento')).toBe('Verbale_01_2026.pdf');
    expect(textAt(root, 'VersioneDelDocumento')).toBe('1');
    expect(textAt(root, 'TempoDiConservazione')).toBe('9999');

    const signed = parseXml(decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'firmato', id: verbale.firmati[0]!.id }))));
    expectAllegato5Order(signed);
    expect(textAt(signed, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(SCAN_PDF));
    expect(textAt(signed, 'ModalitaDiFormazione')).toBe('b');
    expect(textAt(signed, 'Verifica/ConformitaCopieImmagineSuSupportoInformatico')).toBe('true');
    expect(textAt(signed, 'IdIdentificativoDocumentoPrimario/Identificativo')).toBe('VERBALE-2026-01');
    expect(textAt(signed, 'IdIdentificativoDocumentoPrimario/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(pdf));
    expect(soggetti(signed).filter((s) => s.includes('Firmatario'))).toEqual(['Autore|Firmatario|PF|Antonio Rizzo', 'Autore|Firmatario|PF|Caterina Cerbino']);
    expect(records[0]!.metadati.idDoc.sha256).toBe(hexsha(pdf));
  });

  test('what was recorded stays: renaming the ente afterwards does not change the stored metadata', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbale(backend);
    const before = decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'verbale', id: verbale.id })));
    const ente = expectOk(await backend.invoke('ente.get', {}));
    const { capofilaNome: _c, ...update } = ente;
    expectOk(await backend.invoke('ente.update', { ...update, nome: 'Ambito Rinominato' }));
    expect(decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'verbale', id: verbale.id })))).toEqual(before);
  });

  test('a rettifica links to the act it corrects (TracciatureModificheDocumento), its text escaped', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbale(backend);
    const oggetto = 'Rettifica "nome" del delegato: A & B <C> l’assessore';
    const rettifica = await exportedRettifica(backend, verbale.id, oggetto);
    const xml = decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'verbale', id: rettifica.id })));
    expect(xml.toString('utf8')).toContain('A &amp; B &lt;C&gt;');
    const root = parseXml(xml);
    expectAllegato5Order(root);
    expect(textAt(root, 'ChiaveDescrittiva/Oggetto')).toBe(oggetto);
    expect(textAt(root, 'TipologiaDocumentale')).toBe('Rettifica di verbale');
    expect(textAt(root, 'DatiDiRegistrazione/TipoRegistro/Repertorio_Registro/NumeroRegistrazioneDocumento')).toBe(rettifica.numeroTesto);
    const original = decode(expectOk(await backend.invoke('verbali.pdf', { id: verbale.id })));
    expect(textAt(root, 'TracciatureModificheDocumento/TipoModifica')).toBe('Rettifica');
    expect(textAt(root, 'TracciatureModificheDocumento/IdDocVersionePrecedente/Identificativo')).toBe('VERBALE-2026-01');
    expect(textAt(root, 'TracciatureModificheDocumento/IdDocVersionePrecedente/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(original));
    expect(textAt(root, 'TracciatureModificheDocumento/DataModifica')).toBe('2027-01-10');
  });

  test('an allegato of the verbale is listed in its metadata and has its own, pointing back to the verbale', async () => {
    const { backend } = open();
    const { verbale } = await approvedVerbale(backend);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('planimetria')]);
    const elenco = expectOk(
      await backend.invoke('allegati.aggiungi', { owner: { tipo: 'verbale', id: verbale.id }, descrizione: 'Planimetria', nomeFile: 'planimetria.png', base64: png.toString('base64') }),
    );
    const allegatoId = elenco.allegati[0]!.id;
    // Not fixed yet: nothing is recorded and the XML of the verbale is refused.
    const early = await backend.invoke('metadati.xml', { tipo: 'verbale', id: verbale.id });
    expect(early.ok || early.error.code).toBe('CONFLICT');
    expect(expectOk(await backend.invoke('metadati.verbale', { id: verbale.id }))).toEqual([]);
    expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
    const records = expectOk(await backend.invoke('metadati.verbale', { id: verbale.id }));
    expect(records.map((r) => [r.tipo, r.registrato])).toEqual([
      ['verbale', true],
      ['allegato', true],
    ]);
    const root = parseXml(decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'verbale', id: verbale.id }))));
    expect(textAt(root, 'Allegati/NumeroAllegati')).toBe('1');
    expect(textAt(root, 'Allegati/IndiceAllegati/IdDoc/Identificativo')).toBe('VERBALE-2026-01-ALLEGATO-A');
    expect(textAt(root, 'Allegati/IndiceAllegati/Descrizione')).toBe('Allegato A – Planimetria');
    const allegato = parseXml(decode(expectOk(await backend.invoke('metadati.xml', { tipo: 'allegato', id: allegatoId }))));
    expect(textAt(allegato, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(png));
    expect(textAt(allegato, 'IdIdentificativoDocumentoPrimario/Identificativo')).toBe('VERBALE-2026-01');
    expect(textAt(allegato, 'IdentificativoDelFormato/Formato')).toBe('image/png');
  });

  test('a document produced on demand comes with metadata describing exactly its bytes (estratto, convocazione), not stored', async () => {
    const { backend, dbPath } = open();
    const { verbale, seduta } = await signedVerbale(backend);
    const punto = seduta.punti[1]!;
    const zipOf = async (file: { base64: string }) => {
      const zip = await JSZip.loadAsync(decode(file));
      return Promise.all(Object.values(zip.files).map(async (f) => [f.name, await f.async('nodebuffer')] as const));
    };
    const estratto = await zipOf(expectOk(await backend.invoke('metadati.documento', { documento: 'estratto', sedutaId: seduta.seduta.id, puntoId: punto.id })));
    expect(estratto.map(([name]) => name)).toEqual(['Estratto_verbale_01_2026_punto_2.pdf', 'Estratto_verbale_01_2026_punto_2.pdf.metadati.xml']);
    const root = parseXml(estratto[1]![1]);
    expectAllegato5Order(root);
    expect(textAt(root, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(estratto[0]![1]));
    expect(textAt(root, 'IdDoc/Identificativo')).toBe('VERBALE-2026-01-ESTRATTO-PUNTO-2');
    expect(textAt(root, 'TipologiaDocumentale')).toBe('Estratto del verbale');
    expect(textAt(root, 'ChiaveDescrittiva/Oggetto')).toBe(`Estratto del verbale n. 01/2026, punto 2: ${punto.titolo}`);
    expect(textAt(root, 'IdIdentificativoDocumentoPrimario/Identificativo')).toBe('VERBALE-2026-01');
    expect(textAt(root, 'DatiDiRegistrazione/TipoRegistro/Nessuno/NumeroDocumento')).toBe('VERBALE-2026-01-ESTRATTO-PUNTO-2');
    const convocazione = await zipOf(expectOk(await backend.invoke('metadati.documento', { documento: 'convocazione', sedutaId: seduta.seduta.id })));
    const conv = parseXml(convocazione[1]![1]);
    expect(textAt(conv, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(convocazione[0]![1]));
    expect(textAt(conv, 'Note')).toBe('Protocollo n. 1234.');
    const lauria = seduta.presenze.find((p) => p.comune === 'Lauria')!;
    const perComune = await zipOf(expectOk(await backend.invoke('metadati.documento', { documento: 'estrattoComune', sedutaId: seduta.seduta.id, comuneId: lauria.comuneId })));
    expect(perComune.map(([name]) => name)).toEqual([`Estratto_seduta_${seduta.seduta.data}_Lauria.pdf`, `Estratto_seduta_${seduta.seduta.data}_Lauria.pdf.metadati.xml`]);
    const comune = parseXml(perComune[1]![1]);
    expectAllegato5Order(comune);
    expect(textAt(comune, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(b64sha(perComune[0]![1]));
    expect(textAt(comune, 'ChiaveDescrittiva/Oggetto')).toBe(`Estratto per il Comune di Lauria della seduta del ${formatDateIt(seduta.seduta.data)}`);
    expect(textAt(comune, 'IdIdentificativoDocumentoPrimario/Identificativo')).toBe('VERBALE-2026-01');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM metadati WHERE tipo IN ('estratto', 'convocazione')").get()).toEqual({ n: 0 });
    db.close();
    expect(expectOk(await backend.invoke('metadati.verbale', { id: verbale.id }))).toHaveLength(2);
  });

  test('recorded metadata are frozen by the database (UPDATE, DELETE, INSERT OR REPLACE, UPSERT refused) and checked by the integrity check', async () => {
    const { backend, dbPath } = open();
    await signedVerbale(backend);
    const db = new Database(dbPath);
    try {
      const row = db.prepare("SELECT * FROM metadati WHERE tipo = 'verbale'").get() as Record<string, unknown>;
      for (const sql of [
        "UPDATE metadati SET xml = '<?xml version=\"1.0\"?><x/>'",
        'DELETE FROM metadati',
        `INSERT OR REPLACE INTO metadati (id, tipo, riferimento_id, identificativo, sha256, dati, xml, xml_sha256, registrato_il)
          SELECT id, tipo, riferimento_id, identificativo, sha256, '{}', xml, xml_sha256, registrato_il FROM metadati WHERE id = ${row.id}`,
        `INSERT INTO metadati (tipo, riferimento_id, identificativo, sha256, dati, xml, xml_sha256, registrato_il)
          SELECT tipo, riferimento_id, 'ALTRO', sha256, dati, xml, xml_sha256, registrato_il FROM metadati WHERE id = ${row.id} ON CONFLICT DO UPDATE SET dati = '{}'`,
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/metadati/);
      }
      expect(db.prepare('SELECT * FROM metadati WHERE id = ?').get(row.id)).toEqual(row);
      // Rewritten with its trigger dropped: the integrity check finds it.
      expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
      db.exec('DROP TRIGGER metadati_no_update;');
      db.exec("UPDATE metadati SET xml = replace(xml, 'Rizzo', 'Rossi'), dati = replace(dati, 'Rizzo', 'Rossi') WHERE tipo = 'verbale'");
    } finally {
      db.close();
    }
    expect(expectOk(await backend.invoke('integrita.verifica', {})).anomalie.map((a) => a.messaggio)).toContain(
      "I metadati del documento VERBALE-2026-01 sono stati alterati fuori dall'applicazione: non corrispondono alla loro impronta SHA-256.",
    );
  });
});
