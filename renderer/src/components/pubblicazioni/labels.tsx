import type { Pubblicazione } from '../../../../shared/domain/pubblicazione';

export const STATO_PUBBLICAZIONE_LABEL: Record<Pubblicazione['stato'], string> = {
  programmata: 'Da iniziare',
  in_corso: 'In pubblicazione',
  conclusa: 'Conclusa, referto da emettere',
  refertata: 'Conclusa, referto emesso',
};

const BADGE: Record<Pubblicazione['stato'], string> = {
  programmata: 'bg-secondary',
  in_corso: 'bg-primary',
  conclusa: 'bg-warning text-dark',
  refertata: 'bg-success',
};

export function StatoPubblicazioneBadge({ stato }: { stato: Pubblicazione['stato'] }) {
  return <span className={`badge ${BADGE[stato]}`}>{STATO_PUBBLICAZIONE_LABEL[stato]}</span>;
}
