import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import { expectOk, fixedClock, useTempBackend } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { preflight } from '../helpers/pdfa-preflight';
import { recordedSeduta } from '../helpers/seduta-fixture';

// Python's standard e-mail package, a parser independent of ours, reads the message back.
const PARSE_EML = `
import sys, json, base64, email
from email import policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
body = msg.get_body(preferencelist=('plain',))
print(json.dumps({
  'from': [msg['From'].addresses[0].display_name, msg['From'].addresses[0].addr_spec], 'to': str(msg['To']), 'subject': str(msg['Subject']), 'date': str(msg['Date']),
  'bcc': [a.addr_spec for a in msg['Bcc'].addresses] if msg['Bcc'] else [],
  'defects': [str(d) for part in msg.walk() for d in part.defects],
  'text': body.get_content(),
  'attachments': [{'filename': p.get_filename(), 'type': p.get_content_type(), 'base64': base64.b64encode(p.get_content()).decode()} for p in msg.iter_attachments()],
}))
`;

interface ParsedEml {
  from: [string, string];
  to: string;
  subject: string;
  date: string;
  bcc: string[];
  defects: string[];
  text: string;
  attachments: { filename: string; type: string; base64: string }[];
}

const parseEml = (bytes: Buffer): ParsedEml => JSON.parse(execFileSync('python3', ['-c', PARSE_EML], { input: bytes, encoding: 'utf8' })) as ParsedEml;
const pdfText = (file: { base64: string }) => normalizeSpaces(pdfPagesText(Buffer.from(file.base64, 'base64')).join('\n'));

async function withPecs(backend: Backend, count: number) {
  const ente = expectOk(await backend.invoke('ente.get', {}));
  const { capofilaNome: _nome, ...enteInput } = ente;
  expectOk(await backend.invoke('ente.update', { ...enteInput, pec: 'ufficiodipiano@pec.lagonegrese.it' }));
  const comuni = expectOk(await backend.invoke('comuni.list', { includeInactive: false })).slice(0, count);
  for (const c of comuni) {
    const pec = `protocollo@pec.comune.${c.nome.toLowerCase().replace(/[^a-z]/g, '')}.pz.it`;
    expectOk(await backend.invoke('comuni.update', { id: c.id, sindacoNome: c.sindacoNome, sindacoEmail: c.sindacoEmail, sindacoPec: pec, sindacoTelefono: c.sindacoTelefono }));
  }
  return expectOk(await backend.invoke('comuni.list', { includeInactive: false }));
}

describe('convocazione come e-mail pronta (.eml)', () => {
  const open = useTempBackend(fixedClock('2026-12-11T09:00:00Z'));

  test('the message parses back: sender, every PEC in Bcc, the subject in UTF-8, the letter attached byte for byte', async () => {
    const { backend } = open();
    const comuni = await withPecs(backend, 3);
    const seduta = await recordedSeduta(backend);
    const eml = expectOk(await backend.invoke('documenti.convocazioneEml', { sedutaId: seduta.seduta.id }));
    const letter = expectOk(await backend.invoke('documenti.convocazione', { sedutaId: seduta.seduta.id }));
    const bytes = Buffer.from(eml.base64, 'base64');

    expect(eml).toMatchObject({ nomeFile: `Convocazione_seduta_${seduta.seduta.id}.eml`, mime: 'message/rfc822', destinatari: 3 });
    expect(eml.senzaPec).toEqual(comuni.filter((c) => !c.sindacoPec).map((c) => c.nome));
    expect(eml.senzaPec).toHaveLength(24);
    // RFC 5322: CRLF line ends only, no line longer than 78 characters, only ASCII on the wire.
    expect(bytes.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(bytes.toString('latin1').split('\r\n').filter((line) => line.length > 78)).toEqual([]);
    expect(bytes.every((b) => b < 128)).toBe(true);

    const parsed = parseEml(bytes);
    expect(parsed.defects).toEqual([]);
    expect(parsed.from).toEqual(['Ambito Socio-Territoriale Lagonegrese Pollino', 'ufficiodipiano@pec.lagonegrese.it']);
    expect(parsed.to).toBe('undisclosed-recipients:;');
    expect(parsed.bcc).toEqual(comuni.filter((c) => c.sindacoPec).map((c) => c.sindacoPec));
    expect(parsed.subject).toBe('Convocazione della Conferenza Istituzionale dei Sindaci – seduta ordinaria del 10/12/2026');
    expect(parsed.date).toBe('Fri, 11 Dec 2026 09:00:00 +0000');
    expect(parsed.text).toContain("Si trasmette in allegato la lettera di convocazione alla seduta ordinaria della Conferenza Istituzionale dei Sindaci, che si terrà presso la sede dell'Ufficio di Piano");
    expect(parsed.text).toContain('2. Approvazione del Piano sociale di zona 2027');
    expect(parsed.attachments).toEqual([{ filename: `Convocazione_seduta_${seduta.seduta.id}.pdf`, type: 'application/pdf', base64: letter.base64 }]);
  });

  test('without a sender address the e-mail is refused, saying where to set it', async () => {
    const { backend } = open();
    const ente = expectOk(await backend.invoke('ente.get', {}));
    const { capofilaNome: _nome, ...enteInput } = ente;
    expectOk(await backend.invoke('ente.update', { ...enteInput, pec: '', email: '' }));
    const seduta = await recordedSeduta(backend);
    const refused = await backend.invoke('documenti.convocazioneEml', { sedutaId: seduta.seduta.id });
    expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Impostazioni → Ente') });
  });
});

describe('estratto del verbale per punto', () => {
  const open = useTempBackend(fixedClock('2026-12-11T09:00:00Z'));

  test("the estratto carries the opening, the attendance and that item only, from the verbale's text", async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const [primo, secondo] = seduta.punti;
    const refused = await backend.invoke('documenti.estratto', { sedutaId: seduta.seduta.id, puntoId: secondo!.id });
    expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', message: 'La seduta non ha un verbale: redigerlo prima di estrarne un punto.' });

    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    expectOk(await backend.invoke('verbali.updateSezione', { id: verbale.id, chiave: `punto-${secondo!.id}-discussione`, testo: 'Dopo ampia discussione, il Piano è posto in votazione.' }));
    const file = expectOk(await backend.invoke('documenti.estratto', { sedutaId: seduta.seduta.id, puntoId: secondo!.id }));
    expect(file.nomeFile).toBe('Estratto_verbale_01_2026_punto_2.pdf');
    const text = pdfText(file);
    expect(text).toContain('ESTRATTO DEL VERBALE N. 01/2026');
    expect(text).toContain('BOZZA – documento non ancora approvato');
    expect(text).toContain('Oggetto: Punto n. 2 – Approvazione del Piano sociale di zona 2027');
    expect(text).toContain("L'anno duemilaventisei, addì dieci del mese di dicembre");
    expect(text).toContain('Il Presidente, constatata la presenza di n. 15 comuni su 27');
    expect(text).toContain('Dopo ampia discussione, il Piano è posto in votazione.');
    expect(text).toContain('La proposta è approvata a maggioranza dei votanti.');
    expect(text).toContain('LA CONFERENZA DELIBERA di approvare il Piano sociale di zona 2027.');
    expect(text).toContain('Per estratto dal verbale n. 01/2026, non ancora firmato.');
    expect(text).not.toContain(primo!.titolo);
    expect(text).not.toContain('Il Presidente informa la Conferenza');

    const foreign = await backend.invoke('documenti.estratto', { sedutaId: 1, puntoId: secondo!.id });
    expect(foreign.ok || foreign.error.code).toBe('NOT_FOUND');
  });
});

describe('PDF/A conformance (Apache PDFBox Preflight)', () => {
  const open = useTempBackend(fixedClock('2026-12-11T09:00:00Z'));

  test('every document type passes, with only the two findings PDF/A-1b rules give a PDF/A-2b file', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const sedutaId = seduta.seduta.id;
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId }));
    const reg = expectOk(await backend.invoke('regolamenti.get', { id: 2 }));
    expectOk(
      await backend.invoke('regolamenti.completaTesto', {
        versioneId: reg.elencoVersioni[0]!.id,
        articoli: [{ numero: '1', rubrica: 'Oggetto', testo: 'Il presente regolamento disciplina il funzionamento della Conferenza.' }],
      }),
    );
    const documents = {
      verbale: await backend.invoke('verbali.pdf', { id: verbale.id }),
      convocazione: await backend.invoke('documenti.convocazione', { sedutaId }),
      foglioPresenze: await backend.invoke('documenti.foglioPresenze', { sedutaId }),
      registro: await backend.invoke('documenti.registro', { organoId: 1, anno: 2026 }),
      testoCoordinato: await backend.invoke('regolamenti.pdf', { id: 2, data: '2026-12-11' }),
      estratto: await backend.invoke('documenti.estratto', { sedutaId, puntoId: seduta.punti[1]!.id }),
      statistiche: await backend.invoke('documenti.statistichePdf', { organoId: 1, da: 2025, a: 2026 }),
    };
    for (const [name, result] of Object.entries(documents)) {
      const report = preflight(Buffer.from(expectOk(result).base64, 'base64'));
      expect({ name, unexpected: report.unexpected }).toEqual({ name, unexpected: [] });
      // The validator did read the file: it reports the part (2, not 1) declared in the XMP.
      expect(report.errors.some((e) => e.startsWith('7.11.2'))).toBe(true);
    }
  }, 120_000);
});
