import { createHash } from 'node:crypto';
import type { FileOut, VerbaleDetail } from '../../shared/domain/verbale';
import { verbaleDocument } from '../documents/verbale';
import { AppFailure, conflict, notFound } from '../errors';
import { registroRighe } from '../services/registro';
import { loadSedutaDetail } from '../services/seduta-detail';
import { composeSezioni, oggettoOf } from '../services/verbale-draft';
import { SignatureRefusal, verifySignedFile } from '../signature';
import type { VerbaleRecord } from '../store/verbali';
import type { Deps, Handlers } from './types';

function requireVerbale(deps: Deps, id: number): VerbaleRecord {
  const verbale = deps.verbali.get(id);
  if (!verbale) throw notFound('Verbale');
  return verbale;
}

function requireDraft(deps: Deps, id: number): VerbaleRecord {
  const verbale = requireVerbale(deps, id);
  if (verbale.stato !== 'bozza') {
    throw conflict(
      verbale.stato === 'firmato'
        ? 'Il verbale è firmato: il suo testo non si modifica più. Per correggerlo, redigere una rettifica.'
        : `Il verbale è ${verbale.stato}: il testo si modifica solo in bozza.`,
    );
  }
  return verbale;
}

function loadVerbaleDetail(deps: Deps, id: number): VerbaleDetail {
  const v = requireVerbale(deps, id);
  const punto = v.approvatoPuntoId === null ? undefined : deps.odg.punto(v.approvatoPuntoId);
  const sedutaOfPunto = punto && deps.sedute.get(punto.seduta_id);
  return {
    ...v,
    rettifiche: deps.verbali.rettifiche(id).map((r) => ({ id: r.id, numeroTesto: r.numeroTesto, stato: r.stato })),
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
  const input = deps.read(() => {
    const verbale = requireVerbale(deps, id);
    if (verbale.stato === 'storico') throw conflict("Verbale storico: il suo testo non è digitalizzato; l'originale è nell'archivio cartaceo.");
    const sedutaComuni = verbale.sedutaId ? deps.sedute.presenze(verbale.sedutaId).map((p) => p.comune) : [];
    const comuni = sedutaComuni.length ? sedutaComuni : deps.comuni.list(false).map((c) => c.nome);
    return { verbale, sezioni: deps.verbali.sezioni(id), ente: deps.ente.get(), organo: deps.ente.organoNome(verbale.organoId), comuni, creationDate };
  });
  return { verbale: input.verbale, pdf: await deps.pdf.render(verbaleDocument(input)) };
}

const pdfFile = (verbale: VerbaleRecord, bytes: Buffer, suffix = ''): FileOut => ({
  nomeFile: `Verbale_${String(verbale.numero).padStart(2, '0')}_${verbale.anno}${suffix}.pdf`,
  mime: 'application/pdf',
  base64: bytes.toString('base64'),
});

export const verbaliHandlers: Handlers<
  | 'verbali.registro'
  | 'verbali.get'
  | 'verbali.bySeduta'
  | 'verbali.create'
  | 'verbali.updateSezione'
  | 'verbali.rigenera'
  | 'verbali.approva'
  | 'verbali.firma'
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
    if (detail.seduta.stato === 'annullata') throw conflict('La seduta è annullata: non ha verbale.');
    const id = deps.verbali.insert({
      organoId: detail.seduta.organoId,
      anno: Number(detail.seduta.data.slice(0, 4)),
      data: detail.seduta.data,
      sedutaId,
      oggetto: oggettoOf(detail),
      rettificaDi: null,
    });
    deps.verbali.replaceSezioni(id, sezioni);
    deps.audit.record({ action: 'create', entity: 'verbale', entityId: id, detail: { sedutaId } });
    return loadVerbaleDetail(deps, id);
  },

  'verbali.updateSezione': (deps, { id, chiave, testo }) => {
    requireDraft(deps, id);
    const section = deps.verbali.sezioni(id).find((s) => s.chiave === chiave);
    if (!section) throw notFound('Sezione del verbale');
    if (section.tipo === 'presenze') throw conflict('La tabella delle presenze si aggiorna dalla seduta, con «Rigenera».');
    deps.verbali.updateSezione(id, chiave, testo);
    deps.audit.record({ action: 'edit', entity: 'verbale', entityId: id, detail: { chiave, prima: section.testo } });
    return loadVerbaleDetail(deps, id);
  },

  'verbali.rigenera': (deps, { id, sovrascriviModifiche }) => {
    const verbale = requireDraft(deps, id);
    if (verbale.sedutaId === null) throw conflict('Una rettifica non si rigenera da una seduta.');
    const edited = deps.verbali.sezioni(id).filter((s) => s.testo !== s.generato);
    if (edited.length > 0 && !sovrascriviModifiche) {
      throw conflict(
        `${edited.length === 1 ? 'Una parte è stata modificata' : `${edited.length} parti sono state modificate`} a mano: rigenerando le modifiche si perdono.`,
        Object.fromEntries(edited.map((s) => [s.chiave, 'Modificata'])),
      );
    }
    deps.verbali.replaceSezioni(id, draftFor(deps, verbale.sedutaId).sezioni);
    deps.audit.record({ action: 'regenerate', entity: 'verbale', entityId: id, detail: { sovrascritte: edited.map((s) => ({ chiave: s.chiave, testo: s.testo })) } });
    return loadVerbaleDetail(deps, id);
  },

  'verbali.approva': (deps, { id, modo, puntoId }) => {
    const verbale = requireVerbale(deps, id);
    if (verbale.stato !== 'bozza') throw conflict(`Il verbale n. ${verbale.numeroTesto} non è in bozza: è già ${verbale.stato}.`);
    let data = verbale.data;
    if (modo === 'seduta_successiva') {
      const punto = deps.odg.punto(puntoId!);
      const seduta = punto && deps.sedute.get(punto.seduta_id);
      if (!punto || !seduta) throw notFound("Punto all'ordine del giorno");
      if (seduta.organoId !== verbale.organoId || seduta.data <= verbale.data || seduta.id === verbale.sedutaId) {
        throw new AppFailure('VALIDATION', 'Il verbale si approva in una seduta successiva dello stesso organo.', { puntoId: 'Scegliere un punto di una seduta successiva' });
      }
      data = seduta.data;
    }
    deps.verbali.approve(id, modo, data, modo === 'seduta_successiva' ? puntoId : null);
    deps.audit.record({ action: 'approve', entity: 'verbale', entityId: id, detail: { modo, puntoId } });
    return loadVerbaleDetail(deps, id);
  },

  'verbali.firma': {
    async: async (deps, { id }) => {
      const signedAt = deps.clock.now();
      const { verbale, pdf } = await renderVerbale(deps, id, signedAt);
      if (verbale.stato !== 'approvato') throw conflict('Si firma solo un verbale approvato.');
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      return deps.write(() => {
        // Another window may have acted meanwhile: sign only if it is still the approved verbale we rendered.
        if (!deps.verbali.sign(id, signedAt.toISOString(), pdf, sha256)) throw conflict('Il verbale è cambiato nel frattempo: riprovare.');
        deps.audit.record({ action: 'sign', entity: 'verbale', entityId: id, detail: { sha256 } });
        return loadVerbaleDetail(deps, id);
      });
    },
  },

  'verbali.annulla': (deps, { id, motivo }) => {
    const verbale = requireVerbale(deps, id);
    if (!deps.verbali.annul(id, motivo)) {
      throw conflict(
        verbale.stato === 'firmato'
          ? 'Un verbale firmato non si annulla: redigere una rettifica.'
          : `Il verbale n. ${verbale.numeroTesto} non può essere annullato (stato: ${verbale.stato}).`,
      );
    }
    deps.audit.record({ action: 'annul', entity: 'verbale', entityId: id, detail: { motivo } });
    return loadVerbaleDetail(deps, id);
  },

  'verbali.rettifica': (deps, { id, oggetto, testo, data }) => {
    const original = requireVerbale(deps, id);
    if (original.stato !== 'firmato') throw conflict('Si rettifica solo un verbale firmato; una bozza si corregge direttamente.');
    const newId = deps.verbali.insert({ organoId: original.organoId, anno: Number(data.slice(0, 4)), data, sedutaId: null, oggetto, rettificaDi: id });
    deps.verbali.replaceSezioni(newId, [
      { chiave: 'rettifica', titolo: '', tipo: 'testo', testo: `Con il presente atto si rettifica il verbale n. ${original.numeroTesto} come segue.\n\n${testo}` },
    ]);
    deps.audit.record({ action: 'create', entity: 'verbale', entityId: newId, detail: { rettificaDi: id } });
    return loadVerbaleDetail(deps, newId);
  },

  'verbali.pdf': {
    async: async (deps, { id }) => {
      const stored = deps.read(() => ({ verbale: requireVerbale(deps, id), file: deps.verbali.pdf(id) }));
      // A signed verbale is always the exact file that was signed: never rendered again.
      if (stored.file?.pdf) return pdfFile(stored.verbale, stored.file.pdf);
      const { verbale, pdf } = await renderVerbale(deps, id, deps.clock.now());
      return pdfFile(verbale, pdf, verbale.stato === 'bozza' ? '_bozza' : '');
    },
  },

  'verbali.importaFirmato': (deps, { id, nomeFile, base64 }) => {
    const verbale = requireVerbale(deps, id);
    const original = deps.verbali.pdf(id);
    if (verbale.stato !== 'firmato' || !original?.pdf) throw conflict('Il file firmato si importa dopo aver segnato il verbale come firmato ed esportato il PDF.');
    const signed = Buffer.from(base64, 'base64');
    try {
      const report = verifySignedFile({ signed, original: original.pdf, fileName: nomeFile });
      if (!report.signatures.some((f) => f.digestValid && f.signatureValid)) {
        throw new SignatureRefusal('NO_VALID_SIGNATURE');
      }
      deps.verbali.insertFirmato({ verbaleId: id, nomeFile, contenuto: signed, sha256: report.sha256, formato: report.format, firme: report.signatures });
      deps.audit.record({ action: 'import-signed', entity: 'verbale', entityId: id, detail: { nomeFile, sha256: report.sha256 } });
    } catch (error) {
      if (error instanceof SignatureRefusal) throw new AppFailure('VALIDATION', error.message, { file: error.message });
      throw error;
    }
    return loadVerbaleDetail(deps, id);
  },

  'verbali.scaricaFirmato': (deps, { id, firmatoId }) => {
    const file = deps.verbali.firmatoFile(firmatoId, id);
    if (!file) throw notFound('File firmato');
    return { nomeFile: file.nome_file, mime: file.formato === 'PAdES' ? 'application/pdf' : 'application/pkcs7-mime', base64: file.contenuto.toString('base64') };
  },
};
