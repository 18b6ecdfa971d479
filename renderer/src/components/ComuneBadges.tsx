interface ComuneBadgesProps {
  /** A comune, or a row that names one (a presenza): `attivo` absent counts as active. */
  comune: { capofila: boolean; attivo?: boolean };
  /** Extra classes of each badge (e.g. align-middle beside a heading). */
  className?: string;
}

/** After a comune's name: «Capofila» for the Ambito's lead comune, «Disattivato» for one that left. */
export function ComuneBadges({ comune, className = '' }: ComuneBadgesProps) {
  const extra = className ? ` ${className}` : '';
  return (
    <>
      {comune.capofila && <span className={`badge bg-primary ms-2${extra}`}>Capofila</span>}
      {comune.attivo === false && <span className={`badge bg-secondary ms-2${extra}`}>Disattivato</span>}
    </>
  );
}
