import type { ChannelOutput } from '../../../../shared/contract/channels';
import { formatDate } from '../../format';

export type RegolamentoDetail = ChannelOutput<'regolamenti.get'>;
export type Versione = RegolamentoDetail['elencoVersioni'][number];
export type TestoVigente = ChannelOutput<'regolamenti.vigente'>;
export type ArticoloVigente = TestoVigente['articoli'][number];
export type ImportResult = ChannelOutput<'regolamenti.importa'>;
export type RegolamentoTipo = RegolamentoDetail['tipo'];

export const TIPO_LABEL: Record<RegolamentoTipo, string> = {
  regolamento: 'Regolamento',
  convenzione: 'Convenzione',
};

export const TIPO_OPTIONS = (Object.keys(TIPO_LABEL) as RegolamentoTipo[]).map((value) => ({ value, label: TIPO_LABEL[value] }));

export const VERSIONE_TIPO_LABEL: Record<Versione['tipo'], string> = {
  testo_integrale: 'Testo integrale',
  modifica: 'Modifica',
};

export const FORMATO_LABEL: Record<ImportResult['formato'], string> = {
  docx: 'Word (.docx)',
  odt: 'LibreOffice (.odt)',
  txt: 'testo semplice (.txt)',
};

export { todayIso } from '../../clock';

/** "Art. 6 – Convocazione", or "Art. 6" without a rubrica. */
export const articoloTitle = ({ numero, rubrica }: { numero: string; rubrica: string }): string =>
  `Art. ${numero}${rubrica ? ` – ${rubrica}` : ''}`;

/** "versione del 25/09/2020 – verbale n. 02/2020": which version last changed an article. */
export const versioneMark = ({ vigenteDal, numeroVerbale }: { vigenteDal: string; numeroVerbale?: string }): string =>
  `versione del ${formatDate(vigenteDal)}${numeroVerbale ? ` – verbale n. ${numeroVerbale}` : ''}`;

/** "in vigore dal 25/09/2020 – Modifiche all'art. 6 (verbale n. 02/2020)": a version in a select. */
export const versioneOption = (v: Versione): string =>
  `in vigore dal ${formatDate(v.vigenteDal)} – ${v.sintesi}${v.verbale ? ` (verbale n. ${v.verbale.numeroTesto})` : ''}`;
