/** The ente as described in the customer's seed text. The segretario verbalizzante is not named there: left empty. */
export const SEED_ENTE = {
  nome: 'Ambito Socio-Territoriale Lagonegrese Pollino',
  sede: 'Contrada Anzoleconte, Viggianello',
  presidente: 'Antonio Rizzo',
  coordinatore: 'Dott.ssa Caterina Cerbino',
} as const;

export const SEED_ORGANI = ['Conferenza Istituzionale dei Sindaci'] as const;
