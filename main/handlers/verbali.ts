import { italianDate, todayIn } from '../../shared/clock';
import type { FileOut, VerbaleDetail } from '../../shared/domain/verbale';
import { formatDateIt } from '../../shared/italian';
import { rettificaInEffetto, verbaleAction, type VerbaleAction } from '../../shared/lifecycle';
import { verbaleDocument } from '../documents/verbale';
import { AppFailure, conflict, notFound } from '../errors';
import { registroRighe } from '../services/registro';
import { loadSedutaDetail } from '../services/seduta-detail';
import { verbaleDocumentInput } from '../services/verbale-document';
import { sha256Of } from '../services/seduta-record';
import { approvalThrough } from '../services/verbale-approval';
import { scanKind } from '../services/scan';
import { composeSezioni, oggettoOf } from '../services/verbale-draft';
import { recordVerbaleMetadata } from '../metadata/acts';
import { SignatureRefusal, verifySignedFile } from '../signature';
import type { VerbaleRecord } from '../store/verbali';
import type { Deps, Handlers } from './types';

function requireVerbale(deps: Deps, id: number): VerbaleRecord {
  const verbale = deps.verbali.get(id);
  if (!verbale) throw notFound('Verbale');
  return verbale;
}

/** The verbale, if the life cycle allows the action in its current state. */
function requireFor(deps: Deps, id: number, action: VerbaleAction): VerbaleRecord {
  const verbale = requireVerbale(deps, id);
  const allowed = verbaleAction(action, verbale.stato);
  if (!allowed.ok) throw conflict(allowed.perche);
  return verbale;
}

function loadVerbaleDetail(deps: Deps, id: number): VerbaleDetail {
  const v = requireVerbale(deps, id);
  const punto = v.approvatoPuntoId === null ? undefined : deps.odg.punto(v.approvatoPuntoId);
  const sedutaOfPunto = punto && deps.sedute.get(punto.seduta_id);
  const rettifiche = deps.verbali.rettifiche(id).map((r) => ({ id: r.id, numeroTesto: r.numeroTesto, stato: r.stato }));
  return {
    ...v,
    rettifiche: rettifiche.filter((r) => rettificaInEffetto(r.stato)),
    rettificheInCorso: rettifiche.filter((r) => !rettificaInEffetto(r.stato) && r.stato !== 'annullato'),
    sezioni: deps.verbali.sezioni(id).map((s) => ({
      chiave: s.chiave,
      titolo: s.titolo,
      tipo: s.tipo,
      testo: s.testo,
      modificata: s.testo !== s.generato,
      presenze: s.tipo === 'presenze' ? JSON.parse(s.testo) : null,
    })),
    approvatoPunto: punto && sedutaOfPunto ? { sedutaId: sedutaOfPunto.id, data: sedutaOfPunto.data, titolo: punto.titolo } : null,
    firmati: deps.verbali.firmati(id),
  };
}

function draftFor(deps: Deps, sedutaId: number) {
  const detail = loadSedutaDetail(deps, sedutaId);
  return { detail, sezioni: composeSezioni(detail, deps.ente.get(), deps.ente.organoNome(detail.seduta.organoId)) };
}

/** Renders a verbale with the data read in one snapshot. */
async function renderVerbale(deps: Deps, id: number, creationDate: Date): Promise<{ verbale: VerbaleRecord; pdf: Buffer }> {
  const input = deps.read(() => verbaleDocumentInput(deps, id, creationDate));
  return { verbale: input.verbale, pdf: await deps.pdf.render(verbaleDocument(input)) };
}

const pdfFile = (verbale: VerbaleRecord, bytes: Buffer, suffix = ''): FileOut => ({
  nomeFile: `Verbale_${String(verbale.numero).padStart(2, '0')}_${verbale.anno}${suffix}.pdf`,
  mime: 'application/pdf',
  base64: bytes.toString('base64'),
});

/** The day a signed file says it was signed: the latest signing time among its valid signatures, in Italy's calendar. */
function signingDay(signatures: readonly { signingTime?: string; digestValid: boolean; signatureValid: boolean }[]): string | null {
  const times = signatures.filter((f) => f.digestValid && f.signatureValid && f.signingTime).map((f) => f.signingTime!).sort();
  return times.length ? italianDate(new Date(times.at(-1)!)) : null;
}

/** Signing date ≥ approval date ≥ seduta date, and not in the future. */
function checkSigningDay(deps: Deps, verbale: VerbaleRecord, day: string, field: string): void {
  const fail = (message: string) => new AppFailure('VALIDATION', message, { [field]: message });
  if (day > todayIn(deps.clock)) throw fail(`La data di firma (${formatDateIt(day)}) è nel futuro.`);
  if (verbale.approvatoIl && day < verbale.approvatoIl) {
    throw fail(`La firma (${formatDateIt(day)}) non può precedere l'approvazione del verbale (${formatDateIt(verbale.approvatoIl)}).`);
  }
  if (verbale.esportatoIl && day < italianDate(new Date(verbale.esportatoIl))) {
    throw fail(`La firma (${formatDateIt(day)}) non può precedere l'esportazione del verbale per la firma.`);
  }
}

/** The same file (by SHA-256) is archived once. */
function refuseArchivedTwice(deps: Deps, sha256: string): void {
  const holder = deps.verbali.firmatoBySha(sha256);
  if (holder !== undefined) {
    const message = `Questo file è già archiviato con il verbale n. ${deps.verbali.get(holder)!.numeroTesto}.`;
    throw conflict(message, { file: message });
  }
}

export const verbaliHandlers: Handlers<
  | 'verbali.registro'
  | 'verbali.get'
  | 'verbali.bySeduta'
  | 'verbali.create'
  | 'verbali.updateSezione'
  | 'verbali.rigenera'
  | 'verbali.approva'
  | 'verbali.ritiraApprovazione'
  | 'verbali.esporta'
  | 'verbali.firmaAutografa'
  | 'verbali.annulla'
  | 'verbali.rettifica'
  | 'verbali.pdf'
  | 'verbali.importaFirmato'
  | 'verbali.scaricaFirmato'
> = {
  'verbali.registro': (deps, { organoId, anno }) => ({ anno, anni: deps.verbali.years(organoId), righe: registroRighe(deps, organoId, anno) }),

  'verbali.get': (deps, { id }) => loadVerbaleDetail(deps, id),

  'verbali.bySeduta': (deps, { sedutaId }) => {
    const verbale = deps.verbali.bySeduta(sedutaId);
    return verbale ? loadVerbaleDetail(deps, verbale.id) : null;
  },

  'verbali.create': (deps, { sedutaId }) => {
    const existing = deps.verbali.bySeduta(sedutaId);
    if (existing) throw conflict(`La seduta ha già il verbale n. ${existing.numeroTesto}.`);
    const { detail, sezioni } = draftFor(deps, sedutaId);
    if (detail.seduta.storica) throw conflict("Seduta storica: il suo verbale è registrato dall'archivio.");
    if (detail.seduta.stato !== 'chiusa') {
      throw conflict('Il verbale si redige dopo la chiusura della seduta: chiudere prima la seduta, con presenze e votazioni registrate.');
    }
    const id = deps.verbali.insert({
      organoId: detail.seduta.organoId,
      anno: Number(detail.seduta.data.slice(0, 4)),
      data: detail.seduta.data,
      sedutaId,
      oggetto: oggettoOf(detail),
      rettificaDi: null,
    });
    deps.verbali.replaceSezioni(id, sezioni);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.updateSezione': (deps, { id, chiave, testo }) => {
    requireFor(deps, id, 'modifica');
    const section = deps.verbali.sezioni(id).find((s) => s.chiave === chiave);
    if (!section) throw notFound('Sezione del verbale', true);
    if (section.tipo === 'presenze') throw conflict('La tabella delle presenze si aggiorna dalla seduta, con «Rigenera».');
    deps.verbali.updateSezione(id, chiave, testo);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.rigenera': (deps, { id, sovrascriviModifiche }) => {
    const verbale = requireFor(deps, id, 'rigenera');
    if (verbale.sedutaId === null) throw conflict('Una rettifica non si rigenera da una seduta.');
    const edited = deps.verbali.sezioni(id).filter((s) => s.testo !== s.generato);
    if (edited.length > 0 && !sovrascriviModifiche) {
      throw conflict(
        `${edited.length === 1 ? 'Una parte è stata modificata' : `${edited.length} parti sono state modificate`} a mano: rigenerando le modifiche si perdono.`,
        Object.fromEntries(edited.map((s) => [s.chiave, 'Modificata'])),
      );
    }
    deps.verbali.replaceSezioni(id, draftFor(deps, verbale.sedutaId).sezioni);
    deps.verbali.setDaRigenerare(id, false);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.approva': (deps, { id, puntoId }) => {
    const verbale = requireFor(deps, id, 'approva');
    if (verbale.daRigenerare) {
      throw conflict('La seduta è stata riaperta dopo la stesura della bozza: rigenerare il verbale prima di approvarlo.');
    }
    const { modo, data } = approvalThrough(deps, verbale, puntoId);
    deps.verbali.approve(id, modo, data, puntoId);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.ritiraApprovazione': (deps, { id }) => {
    requireFor(deps, id, 'ritiraApprovazione');
    deps.verbali.withdrawApproval(id);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.esporta': {
    async: async (deps, { id }) => {
      const exportedAt = deps.clock.now();
      const { verbale, pdf } = await renderVerbale(deps, id, exportedAt);
      const allowed = verbaleAction('esporta', verbale.stato);
      if (!allowed.ok) throw conflict(allowed.perche);
      return deps.write(() => {
        // Another window may have acted meanwhile: export only if it is still the approved verbale we rendered.
        if (!deps.verbali.exportForSigning(id, exportedAt.toISOString(), pdf, sha256Of(pdf))) {
          throw conflict('Il verbale è cambiato nel frattempo: riprovare.');
        }
        // The content is fixed from now on: its AgID metadata (and its allegati's) are recorded with it.
        recordVerbaleMetadata(deps, id);
        return loadVerbaleDetail(deps, id);
      });
    },
  },

  'verbali.importaFirmato': (deps, { id, nomeFile, base64 }) => {
    const verbale = requireFor(deps, id, 'importaFirmato');
    const original = deps.verbali.pdf(id)!;
    const signed = Buffer.from(base64, 'base64');
    try {
      const report = verifySignedFile({ signed, original: original.pdf!, fileName: nomeFile });
      if (!report.signatures.some((f) => f.digestValid && f.signatureValid)) throw new SignatureRefusal('NO_VALID_SIGNATURE');
      refuseArchivedTwice(deps, report.sha256);
      if (verbale.stato === 'esportato') {
        const day = signingDay(report.signatures) ?? todayIn(deps.clock);
        checkSigningDay(deps, verbale, day, 'file');
        deps.verbali.markSigned(id, day, 'digitale');
      }
      deps.verbali.insertFirmato({ verbaleId: id, nomeFile, contenuto: signed, sha256: report.sha256, formato: report.format, firme: report.signatures });
      recordVerbaleMetadata(deps, id);
    } catch (error) {
      if (error instanceof SignatureRefusal) throw new AppFailure('VALIDATION', error.message, { file: error.message });
      throw error;
    }
    return loadVerbaleDetail(deps, id);
  },

  'verbali.firmaAutografa': (deps, { id, data, firmatari, nomeFile, base64 }) => {
    const verbale = requireFor(deps, id, 'firmaAutografa');
    const scan = Buffer.from(base64, 'base64');
    if (!scanKind(scan)) {
      const message = "La copia digitalizzata deve essere un PDF o un'immagine (JPEG, PNG o TIFF).";
      throw new AppFailure('VALIDATION', message, { file: message });
    }
    checkSigningDay(deps, verbale, data, 'data');
    const sha256 = sha256Of(scan);
    refuseArchivedTwice(deps, sha256);
    deps.verbali.markSigned(id, data, 'autografa');
    const firme = firmatari.map((signerName) => ({ signerName, issuer: '', signingTime: data, digestAlgorithm: '', digestValid: false, signatureValid: false }));
    deps.verbali.insertFirmato({ verbaleId: id, nomeFile, contenuto: scan, sha256, formato: 'cartaceo', firme });
    recordVerbaleMetadata(deps, id);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.annulla': (deps, { id, motivo }) => {
    requireFor(deps, id, 'annulla');
    deps.verbali.annul(id, motivo);
    return loadVerbaleDetail(deps, id);
  },

  'verbali.rettifica': (deps, { id, oggetto, testo, data }) => {
    const original = requireFor(deps, id, 'rettifica');
    if (data < original.data) {
      const message = `La rettifica non può precedere il verbale che rettifica (${formatDateIt(original.data)}).`;
      throw new AppFailure('VALIDATION', message, { data: message });
    }
    if (data > todayIn(deps.clock)) throw new AppFailure('VALIDATION', 'La rettifica non si data nel futuro.', { data: 'Data nel futuro' });
    const newId = deps.verbali.insert({ organoId: original.organoId, anno: Number(data.slice(0, 4)), data, sedutaId: null, oggetto, rettificaDi: id });
    deps.verbali.replaceSezioni(newId, [
      { chiave: 'rettifica', titolo: '', tipo: 'testo', testo: `Con il presente atto si rettifica il verbale n. ${original.numeroTesto} come segue.\n\n${testo}` },
    ]);
    return loadVerbaleDetail(deps, newId);
  },

  'verbali.pdf': {
    async: async (deps, { id }) => {
      const stored = deps.read(() => ({ verbale: requireVerbale(deps, id), file: deps.verbali.pdf(id) }));
      // An exported or signed verbale is always the exact file that was exported: never rendered again.
      if (stored.file?.pdf) return pdfFile(stored.verbale, stored.file.pdf);
      const { verbale, pdf } = await renderVerbale(deps, id, deps.clock.now());
      return pdfFile(verbale, pdf, verbale.stato === 'bozza' ? '_bozza' : '');
    },
  },

  'verbali.scaricaFirmato': (deps, { id, firmatoId }) => {
    const file = deps.verbali.firmatoFile(firmatoId, id);
    if (!file) throw notFound('File firmato');
    const mime = file.formato === 'PAdES' ? 'application/pdf' : file.formato === 'CAdES' ? 'application/pkcs7-mime' : scanKind(file.contenuto)!.mime;
    return { nomeFile: file.nome_file, mime, base64: file.contenuto.toString('base64') };
  },
};
