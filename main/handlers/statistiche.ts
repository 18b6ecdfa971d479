import { periodoLabel, statisticheCsv, statisticheDocument } from '../documents/statistiche';
import { statistichePeriodo } from '../services/statistiche';
import type { Handlers } from './types';

const fileName = (p: { da: number; a: number }, ext: string) => `Statistiche_presenze_${periodoLabel(p).replace('–', '-')}.${ext}`;

export const statisticheHandlers: Handlers<'statistiche.periodo' | 'documenti.statistichePdf' | 'documenti.statisticheCsv'> = {
  'statistiche.periodo': (deps, input) => statistichePeriodo(deps, input),
  'documenti.statistichePdf': {
    async: async (deps, input) => {
      const spec = deps.read(() =>
        statisticheDocument({ data: statistichePeriodo(deps, input), ente: deps.ente.get(), organo: deps.ente.organoNome(input.organoId), creationDate: deps.clock.now() }),
      );
      return { nomeFile: fileName(input, 'pdf'), mime: 'application/pdf', base64: (await deps.pdf.render(spec)).toString('base64') };
    },
  },
  'documenti.statisticheCsv': (deps, input) => ({
    nomeFile: fileName(input, 'csv'),
    mime: 'text/csv;charset=utf-8',
    base64: statisticheCsv(statistichePeriodo(deps, input)).toString('base64'),
  }),
};
