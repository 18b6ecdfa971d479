import type { Sezione, VerbaleStato } from '../../../../shared/domain/verbale';
import { italianDate, italianTime } from '../../../../shared/clock';
import { formatDate } from '../../format';

export const STATO_VERBALE_LABEL: Record<VerbaleStato, string> = {
  bozza: 'Bozza',
  approvato: 'Approvato',
  esportato: 'Esportato per la firma',
  firmato: 'Firmato',
  annullato: 'Annullato',
  storico: 'Atto storico',
};

const STATO_VERBALE_BADGE: Record<VerbaleStato, string> = {
  bozza: 'bg-warning',
  approvato: 'bg-primary',
  esportato: 'bg-info text-dark',
  firmato: 'bg-success',
  annullato: 'bg-danger',
  storico: 'bg-light text-dark border',
};

const STATO_VERBALE_TITLE: Partial<Record<VerbaleStato, string>> = {
  storico: 'Atto storico registrato dall’archivio: testo non digitalizzato',
};

export function StatoVerbaleBadge({ stato, className = '' }: { stato: VerbaleStato; className?: string }) {
  return (
    <span className={`badge ${STATO_VERBALE_BADGE[stato]} ${className}`.trim()} title={STATO_VERBALE_TITLE[stato]}>
      {STATO_VERBALE_LABEL[stato]}
    </span>
  );
}

/** Labels of the generated sections whose title is empty. */
const SEZIONE_LABEL: Record<string, string> = {
  apertura: 'Formula di apertura',
  presidenza: 'Presidenza e verbalizzazione',
  presenze: 'Presenze',
  deleghe: 'Deleghe',
  numero_legale: 'Numero legale',
  odg: 'Ordine del giorno',
  chiusura: 'Chiusura',
  rettifica: 'Testo della rettifica',
};

const PUNTO_PART_LABEL = { discussione: 'Relazione e discussione', votazione: 'Votazione', dispositivo: 'Dispositivo' } as const;
type PuntoPart = keyof typeof PUNTO_PART_LABEL;

/** "punto-12-votazione" → { puntoId: '12', part: 'votazione' }; other keys → null. */
export function puntoPart(chiave: string): { puntoId: string; part: PuntoPart } | null {
  const match = /^punto-(\d+)-(discussione|votazione|dispositivo)$/.exec(chiave);
  return match ? { puntoId: match[1]!, part: match[2] as PuntoPart } : null;
}

/** The label shown for a section: its own title when it has one, otherwise a sensible Italian name for its key. */
export function sezioneLabel(sezione: Pick<Sezione, 'chiave' | 'titolo'>): string {
  if (sezione.titolo.trim()) return sezione.titolo;
  const part = puntoPart(sezione.chiave);
  if (part) return PUNTO_PART_LABEL[part.part];
  return SEZIONE_LABEL[sezione.chiave] ?? sezione.chiave;
}

/** An ISO instant ("2026-12-10T11:05:00.000Z") → "10/12/2026 alle 12:05", in Italy's time; a plain date → "10/12/2026". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso);
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${formatDate(italianDate(instant))} alle ${italianTime(instant)}`;
}
