// Child process of the PDF bench: a session's first export, as the app meets it. The renderer warms itself as the
// backend does in idle time after start (pdfkit, fonts, a 10-item sample verbale rendered a few times), and the
// office needs a second at least to reach a verbale and ask for its PDF; then the 20-page, 17-item verbale is
// exported once (the first export: 7 items of text it has never shaped) and again (warm). Prints one JSON line.
import { projectPath } from '../../main/cli/project-path';
import { createPdfRenderer } from '../../main/pdf';
import { sampleVerbaleSpec } from '../../main/pdf/sample/verbale-sample';
import { median, timeRuns } from './measure';

const spec = sampleVerbaleSpec({ agendaItems: Number(process.argv[2] ?? 17) });
const renderer = createPdfRenderer({ fontsDir: projectPath('assets', 'fonts') });
let start = performance.now();
await renderer.warm();
const warmUp = performance.now() - start;
await new Promise((resolve) => setTimeout(resolve, 1_000));
start = performance.now();
await renderer.render(spec);
const first = performance.now() - start;
const warm = median(await timeRuns(() => renderer.render(spec), 5, 0));
console.log(JSON.stringify({ warmUp, first, warm }));
