// Worker thread of the PDF bench, with the backend thread's resource limits (BACKEND_THREAD_LIMITS), so that the
// figures are those of the app. A new thread is a new V8 isolate: its first render runs cold code, as a session's does.
// 'session': the renderer warms itself as the backend does in idle time after start (pdfkit, fonts, a 10-item sample
// verbale rendered a few times), and the office needs a second at least to reach a verbale and ask for its PDF; then
// the verbale is exported once (the first export: the items past the sample's ten are text it has never shaped) and
// again (warm). 'warm': the warm figure itself, after five untimed renders. Posts its figures to the parent.
import { parentPort, workerData } from 'node:worker_threads';
import { projectPath } from '../../main/cli/project-path';
import { createPdfRenderer } from '../../main/pdf';
import { sampleVerbaleSpec } from '../../main/pdf/sample/verbale-sample';
import { median, timeRuns } from './measure';

export interface PdfThreadJob {
  mode: 'session' | 'warm';
  agendaItems: number;
}

const { mode, agendaItems } = workerData as PdfThreadJob;
const spec = sampleVerbaleSpec({ agendaItems });
const renderer = createPdfRenderer({ fontsDir: projectPath('assets', 'fonts') });

if (mode === 'session') {
  let start = performance.now();
  await renderer.warm();
  const warmUp = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  start = performance.now();
  await renderer.render(spec);
  const first = performance.now() - start;
  const warm = median(await timeRuns(() => renderer.render(spec), 5, 0));
  parentPort!.postMessage({ warmUp, first, warm });
} else {
  const pdf = await renderer.render(spec);
  parentPort!.postMessage({ runs: await timeRuns(() => renderer.render(spec), 30, 5), pdf });
}
