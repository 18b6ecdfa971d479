/**
 * The acts of the customer's "Percorso istituzionale" that have a text. Their articles are not in
 * the seed: each version is registered with its verbale and marked as awaiting the text's import.
 */
export const HISTORIC_REGOLAMENTI = [
  {
    titolo: "Convenzione per la costituzione ed il funzionamento della Partnership Istituzionale per l'attuazione del Piano Intercomunale dei Servizi Sociali e Socio Sanitari",
    tipo: 'convenzione',
    versioni: [{ tipo: 'testo_integrale', vigenteDal: '2017-05-23', verbale: { numero: 1, anno: 2017 }, sintesi: 'Sottoscrizione della Convenzione da parte dei Sindaci o dei loro delegati' }],
  },
  {
    titolo: "Regolamento della Conferenza Istituzionale dell'Ambito Socio Territoriale Lagonegrese Pollino",
    tipo: 'regolamento',
    versioni: [
      { tipo: 'testo_integrale', vigenteDal: '2018-01-17', verbale: { numero: 1, anno: 2018 }, sintesi: 'Approvazione del Regolamento' },
      { tipo: 'modifica', vigenteDal: '2020-09-25', verbale: { numero: 2, anno: 2020 }, sintesi: "Modifiche all'art. 6" },
    ],
  },
  {
    titolo: "Regolamento di funzionamento dell'Ufficio di Piano",
    tipo: 'regolamento',
    versioni: [{ tipo: 'testo_integrale', vigenteDal: '2018-08-09', verbale: { numero: 6, anno: 2018 }, sintesi: 'Approvazione del Regolamento' }],
  },
] as const;
