import { Icon } from '../components/Icon';
import { PageHeading } from '../components/PageHeading';

interface PlaceholderProps {
  title: string;
  description: string;
}

/** A section still to be built: says so, and what it will contain. */
export function Placeholder({ title, description }: PlaceholderProps) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="callout note">
        <div className="callout-inner">
          <div className="callout-title">
            <Icon name="it-info-circle" />
            <span className="text">Sezione in preparazione</span>
          </div>
          <p>{description}</p>
        </div>
      </div>
    </>
  );
}

export const PLACEHOLDERS = {
  percorso: {
    title: 'Percorso',
    description:
      "Qui sarà ricostruito il percorso istituzionale dell'Ambito: insediamento della Conferenza, Convenzione, regolamenti e sedute, in ordine di data.",
  },
  sedute: {
    title: 'Sedute',
    description:
      'Qui si potranno convocare le sedute della Conferenza e registrare ordine del giorno, presenze, numero legale e votazioni.',
  },
  verbali: {
    title: 'Verbali',
    description:
      "Qui si redigeranno i verbali delle sedute, numerati per anno (NN/AAAA), dalla bozza all'approvazione e alla firma.",
  },
  regolamenti: {
    title: 'Regolamenti',
    description:
      'Qui si consulteranno i regolamenti con le loro versioni, le modifiche agli articoli e il testo vigente a ogni data.',
  },
} as const;
