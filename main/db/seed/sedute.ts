/** First seduta of the Conferenza: the default rules apply from this day. */
export const INSEDIAMENTO = '2016-07-27';

/**
 * The five sedute of the customer's "Percorso istituzionale", with the subject the seed gives.
 * Type, place, attendance and votes are not in the seed: they are left empty, never invented.
 */
export const HISTORIC_SEDUTE = [
  {
    data: INSEDIAMENTO,
    oggetto:
      "Insediamento della Conferenza Istituzionale dell'Ambito; attribuzione al Comune di Viggianello, per la durata del piano, del ruolo di Comune capofila per la presidenza e la conduzione politica della Conferenza",
  },
  {
    data: '2017-05-23',
    oggetto:
      'Sottoscrizione, da parte dei Sindaci e/o dei loro delegati, della Convenzione per la costituzione ed il funzionamento della Partnership Istituzionale per l’attuazione del Piano Intercomunale dei Servizi Sociali e Socio Sanitari',
  },
  { data: '2018-01-17', oggetto: "Approvazione del Regolamento della Conferenza Istituzionale dell'Ambito Socio Territoriale Lagonegrese-Pollino" },
  { data: '2018-08-09', oggetto: "Approvazione del Regolamento di funzionamento dell'Ufficio di Piano" },
  { data: '2020-09-25', oggetto: "Modifiche all'art. 6 del Regolamento della Conferenza Istituzionale dell'Ambito Socio Territoriale Lagonegrese Pollino" },
] as const;
