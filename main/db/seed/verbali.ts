/**
 * The verbali named in the customer's "Percorso istituzionale": registered acts whose text is not digitised.
 * Numbers 02–05/2018 and 01/2020 exist but are not in the seed: the register shows them as missing.
 */
export const HISTORIC_VERBALI = [
  { numero: 1, anno: 2016, data: '2016-07-27' },
  { numero: 1, anno: 2017, data: '2017-05-23' },
  { numero: 1, anno: 2018, data: '2018-01-17' },
  { numero: 6, anno: 2018, data: '2018-08-09' },
  { numero: 2, anno: 2020, data: '2020-09-25' },
] as const;
