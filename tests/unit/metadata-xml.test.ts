import { describe, expect, test } from 'vitest';
import { documentoMetadati, type DocumentoBase } from '../../main/metadata/build';
import { hexToBase64, metadatiXml, splitName } from '../../main/metadata/documento-informatico';
import { el, leaf, xmlDocument } from '../../main/metadata/xml';
import { parseXml, textAt } from '../helpers/xml-parse';

const BASE: DocumentoBase = {
  idDoc: { identificativo: 'VERBALE-2018-06', sha256: 'ab'.repeat(32) },
  nomeFile: 'Verbale_06_2018.pdf',
  mime: 'application/pdf',
  formatoDescrizione: 'PDF/A-2b',
  tipologiaDocumentale: 'Verbale di seduta',
  oggetto: 'Seduta del 12/06/2018',
  dataDocumento: '2018-06-20',
  registrazione: { codiceRegistro: 'Registro dei verbali 2018', numero: '06/2018', data: '2018-06-12' },
  autori: [{ tipoRuolo: 'Presidente', nome: 'Antonio Rizzo' }, { tipoRuolo: 'Segretario verbalizzante', nome: '' }],
};
const CTX = { ente: 'Ambito', operatore: 'Mario Rossi', software: { nome: 'App', versione: '1.0.0' } };

describe('XML writer and Allegato 5 builder', () => {
  test('text and attributes escaped, characters XML 1.0 cannot carry dropped, absent leaves omitted, same tree same bytes', () => {
    const tree = el('R', { name: 'A', attrs: [['k', 'a"b<c>&\'']], text: 'x & <y> "z" \'w\'' }, leaf('Empty', ''), leaf('Nil', null), leaf('Ctl', 'a\u0001b\u000Bc'), leaf('Zero', 0));
    const xml = xmlDocument(tree);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<R>\n  <A k="a&quot;b&lt;c&gt;&amp;&apos;">x &amp; &lt;y&gt; &quot;z&quot; &apos;w&apos;</A>\n  <Ctl>abc</Ctl>\n  <Zero>0</Zero>\n</R>\n',
    );
    expect(xmlDocument(tree)).toBe(xml);
    expect(textAt(parseXml(xml), 'A')).toBe('x & <y> "z" \'w\'');
  });

  test('the builder: Repertorio, authors without a name left out, operator and software added, permanent retention', () => {
    const m = documentoMetadati(BASE, CTX);
    expect(m.soggetti.map((s) => `${s.ruolo}/${s.tipoRuolo}/${s.denominazione}`)).toEqual([
      'Autore/Soggetto produttore/Ambito',
      'Autore/Presidente/Antonio Rizzo',
      'Operatore/Operatore che ha registrato il documento/Mario Rossi',
      'Produttore/Sistema che ha formato il documento/App 1.0.0',
    ]);
    expect(m.registrazione).toEqual({ tipoRegistro: 'Repertorio', codiceRegistro: 'Registro dei verbali 2018', numero: '06/2018', data: '2018-06-12' });
    expect(m.tempoDiConservazione).toBe(9999);
    const root = parseXml(metadatiXml(m));
    expect(textAt(root, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(hexToBase64('ab'.repeat(32)));
    expect(textAt(root, 'Soggetti/Ruolo/Operatore/PF/Cognome')).toBe('Rossi');
    // Not registered: the Nessuno branch with the document's date and identifier.
    const free = parseXml(metadatiXml(documentoMetadati({ ...BASE, registrazione: null }, CTX)));
    expect(textAt(free, 'DatiDiRegistrazione/TipoRegistro/Nessuno/DataDocumento')).toBe('2018-06-20');
    expect(textAt(free, 'DatiDiRegistrazione/TipoRegistro/Nessuno/NumeroDocumento')).toBe('VERBALE-2018-06');
  });

  test.each([
    ['Antonio Rizzo', 'Rizzo', 'Antonio'],
    ['Dott.ssa Caterina Cerbino', 'Cerbino', 'Dott.ssa Caterina'],
    ['root', 'root', ''],
  ])('splitName(%s)', (full, cognome, nome) => expect(splitName(full)).toEqual({ cognome, nome }));
});
