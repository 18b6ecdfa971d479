/** The 27 comuni of the Ambito, copied from the team's comuni.csv (ISTAT codes and names; population ANPR 1/2026; census 2011). */
export interface SeedComune {
  nome: string;
  codiceIstat: string;
  codiceCatastale: string;
  cap: string;
  provincia: string;
  capofila: boolean;
  popolazioneResidente: number;
  popolazioneData: string;
  popolazioneFonte: string;
  popolazioneCensimento2011: number;
}

export const SEED_COMUNI: readonly SeedComune[] = [
  { nome: 'Calvera', codiceIstat: '076016', codiceCatastale: 'B443', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 349, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 430 },
  { nome: 'Carbone', codiceIstat: '076019', codiceCatastale: 'B743', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 478, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 705 },
  { nome: 'Castelluccio Inferiore', codiceIstat: '076022', codiceCatastale: 'C199', cap: '85040', provincia: 'PZ', capofila: false, popolazioneResidente: 1856, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 2179 },
  { nome: 'Castelluccio Superiore', codiceIstat: '076023', codiceCatastale: 'C201', cap: '85040', provincia: 'PZ', capofila: false, popolazioneResidente: 709, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 860 },
  { nome: 'Castelsaraceno', codiceIstat: '076025', codiceCatastale: 'C271', cap: '85031', provincia: 'PZ', capofila: false, popolazioneResidente: 1118, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1480 },
  { nome: 'Cersosimo', codiceIstat: '076027', codiceCatastale: 'C539', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 497, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 718 },
  { nome: 'Chiaromonte', codiceIstat: '076028', codiceCatastale: 'C619', cap: '85032', provincia: 'PZ', capofila: false, popolazioneResidente: 1698, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1954 },
  { nome: 'Episcopia', codiceIstat: '076030', codiceCatastale: 'D414', cap: '85033', provincia: 'PZ', capofila: false, popolazioneResidente: 1235, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1467 },
  { nome: 'Fardella', codiceIstat: '076031', codiceCatastale: 'D497', cap: '85034', provincia: 'PZ', capofila: false, popolazioneResidente: 548, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 625 },
  { nome: 'Francavilla in Sinni', codiceIstat: '076034', codiceCatastale: 'D766', cap: '85034', provincia: 'PZ', capofila: false, popolazioneResidente: 3917, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 4282 },
  { nome: 'Lagonegro', codiceIstat: '076039', codiceCatastale: 'E409', cap: '85042', provincia: 'PZ', capofila: false, popolazioneResidente: 4908, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 5725 },
  { nome: 'Latronico', codiceIstat: '076040', codiceCatastale: 'E474', cap: '85043', provincia: 'PZ', capofila: false, popolazioneResidente: 3947, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 4748 },
  { nome: 'Lauria', codiceIstat: '076042', codiceCatastale: 'E483', cap: '85044', provincia: 'PZ', capofila: false, popolazioneResidente: 11662, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 13262 },
  { nome: 'Maratea', codiceIstat: '076044', codiceCatastale: 'E919', cap: '85046', provincia: 'PZ', capofila: false, popolazioneResidente: 4564, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 5150 },
  { nome: 'Nemoli', codiceIstat: '076054', codiceCatastale: 'F866', cap: '85040', provincia: 'PZ', capofila: false, popolazioneResidente: 1358, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1512 },
  { nome: 'Noepoli', codiceIstat: '076055', codiceCatastale: 'F917', cap: '85035', provincia: 'PZ', capofila: false, popolazioneResidente: 719, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 974 },
  { nome: 'Rivello', codiceIstat: '076068', codiceCatastale: 'H348', cap: '85040', provincia: 'PZ', capofila: false, popolazioneResidente: 2450, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 2843 },
  { nome: 'Roccanova', codiceIstat: '076069', codiceCatastale: 'H426', cap: '85036', provincia: 'PZ', capofila: false, popolazioneResidente: 1261, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1644 },
  { nome: 'Rotonda', codiceIstat: '076070', codiceCatastale: 'H590', cap: '85048', provincia: 'PZ', capofila: false, popolazioneResidente: 3119, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 3519 },
  { nome: 'San Costantino Albanese', codiceIstat: '076075', codiceCatastale: 'H808', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 573, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 778 },
  { nome: 'San Paolo Albanese', codiceIstat: '076020', codiceCatastale: 'B906', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 196, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 306 },
  { nome: 'San Severino Lucano', codiceIstat: '076078', codiceCatastale: 'I157', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 1309, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1667 },
  { nome: 'Senise', codiceIstat: '076085', codiceCatastale: 'I610', cap: '85038', provincia: 'PZ', capofila: false, popolazioneResidente: 6427, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 7127 },
  { nome: 'Teana', codiceIstat: '076087', codiceCatastale: 'L082', cap: '85032', provincia: 'PZ', capofila: false, popolazioneResidente: 502, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 645 },
  { nome: 'Terranova di Pollino', codiceIstat: '076088', codiceCatastale: 'L126', cap: '85030', provincia: 'PZ', capofila: false, popolazioneResidente: 953, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 1324 },
  { nome: 'Trecchina', codiceIstat: '076092', codiceCatastale: 'L357', cap: '85049', provincia: 'PZ', capofila: false, popolazioneResidente: 2131, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 2322 },
  { nome: 'Viggianello', codiceIstat: '076097', codiceCatastale: 'L873', cap: '85040', provincia: 'PZ', capofila: true, popolazioneResidente: 2602, popolazioneData: '2026-01', popolazioneFonte: 'ANPR (popolazione residente, mese 1/2026)', popolazioneCensimento2011: 3124 },
];
