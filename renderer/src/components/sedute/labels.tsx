import type { ESITI, ModalitaPresenza, ModalitaVoto, PresenzaStato, SedutaStato, SedutaTipo, Voto } from '../../../../shared/domain/seduta';

export const TIPO_LABEL: Record<SedutaTipo, string> = {
  ordinaria: 'Ordinaria',
  straordinaria: 'Straordinaria',
  urgente: 'Urgente',
};

/** The enums of shared/domain/seduta, read from the labels: importing them would bring zod into the renderer. */
export const keysOf = <K extends string>(labels: Record<K, string>): K[] => Object.keys(labels) as K[];

export const STATO_LABEL: Record<SedutaStato, string> = {
  convocata: 'Convocata',
  in_corso: 'In corso',
  chiusa: 'Chiusa',
  annullata: 'Annullata',
};

const STATO_BADGE: Record<SedutaStato, string> = {
  convocata: 'bg-primary',
  in_corso: 'bg-warning text-dark',
  chiusa: 'bg-secondary',
  annullata: 'bg-danger',
};

export const PRESENZA_LABEL: Record<PresenzaStato, string> = {
  sindaco: 'Sindaco',
  delegato: 'Delegato',
  assente: 'Assente',
  assente_giustificato: 'Assente giustificato',
};

export const MODALITA_PRESENZA_LABEL: Record<ModalitaPresenza, string> = {
  presenza: 'In presenza',
  videoconferenza: 'In videoconferenza',
};

export const VOTO_LABEL: Record<Voto, string> = {
  favorevole: 'Favorevole',
  contrario: 'Contrario',
  astenuto: 'Astenuto',
  non_votante: 'Non votante',
};

export const MODALITA_LABEL: Record<ModalitaVoto, string> = {
  palese: 'Palese, per appello nominale',
  segreta: 'Segreta (scrutinio segreto)',
  unanimita: "All'unanimità",
};

/** Inside a sentence: "Votazione palese, per appello nominale", "Votazione a scrutinio segreto". */
export const MODALITA_PHRASE: Record<ModalitaVoto, string> = {
  palese: 'palese, per appello nominale',
  segreta: 'a scrutinio segreto',
  unanimita: "all'unanimità",
};

type EsitoValue = (typeof ESITI)[number];

export const ESITO_LABEL: Record<EsitoValue, string> = {
  approvata: 'Approvata',
  respinta: 'Respinta',
  numero_legale_mancante: 'Numero legale mancante',
  eletto: 'Eletto',
  nessun_eletto: 'Nessun eletto',
};

const ESITO_BADGE: Record<EsitoValue, string> = {
  approvata: 'bg-success',
  respinta: 'bg-danger',
  numero_legale_mancante: 'bg-warning text-dark',
  eletto: 'bg-success',
  nessun_eletto: 'bg-warning text-dark',
};

export function StatoBadge({ stato }: { stato: SedutaStato }) {
  return <span className={`badge ${STATO_BADGE[stato]}`}>{STATO_LABEL[stato]}</span>;
}

export function StoricaBadge() {
  return (
    <span className="badge bg-light text-dark border" title="Seduta registrata dall'archivio storico">
      Storica
    </span>
  );
}

export function EsitoBadge({ esito }: { esito: EsitoValue }) {
  return <span className={`badge esito-badge ${ESITO_BADGE[esito]}`}>{ESITO_LABEL[esito]}</span>;
}

/** "—" for the eye, "non indicato" for screen readers. */
export function Missing({ text = 'non indicato' }: { text?: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-muted">
        —
      </span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
