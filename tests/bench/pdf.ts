import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { projectPath } from '../../main/cli/project-path';
import type { Block, PdfDocumentSpec, RichText } from '../../main/pdf';
import { sampleVerbaleSpec } from '../../main/pdf/sample/verbale-sample';
import { BACKEND_THREAD_LIMITS, typeScriptThread } from '../../main/worker/start';
import { pdfInfo } from '../helpers/pdf-text';
import { makeTempDir } from '../helpers/temp-dir';
import type { PdfThreadJob } from './pdf-thread';
import { median, timeRuns, type BenchResult } from './measure';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
/** 17 agenda items: the presence table of 27 comuni and about 18 pages of justified discussion, 20 pages in all. */
const AGENDA_ITEMS = 17;

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function richTextHtml(text: RichText): string {
  const runs = typeof text === 'string' ? text.split('**').map((part, i) => ({ text: part, bold: i % 2 === 1, italic: false })) : text;
  return runs.map((r) => (r.bold ? `<b>${escapeHtml(r.text)}</b>` : r.italic ? `<i>${escapeHtml(r.text)}</i>` : escapeHtml(r.text))).join('');
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} style="text-align:${block.align ?? (block.level === 1 ? 'center' : 'left')}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p style="text-align:${block.align ?? 'justify'}">${richTextHtml(block.text)}</p>`;
    case 'table': {
      const head = block.columns.map((c) => `<th style="text-align:${c.align ?? 'left'}">${escapeHtml(c.header)}</th>`).join('');
      const body = block.rows.map((row) => `<tr>${row.map((cell, i) => `<td style="text-align:${block.columns[i]?.align ?? 'left'}">${escapeHtml(cell)}</td>`).join('')}</tr>`);
      return `<table class="${block.zebra ? 'zebra' : ''}"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
    }
    case 'list': {
      const tag = block.style === 'numbered' ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${richTextHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'spacer':
      return `<div style="height:${block.height}pt"></div>`;
    case 'signatures':
      return `<div class="signatures">${block.signatories.map((s) => `<div><b>${escapeHtml(s.role)}</b><hr>${escapeHtml(s.name)}</div>`).join('')}</div>`;
    case 'pageBreak':
      return '<div style="break-after:page"></div>';
    case 'keepTogether':
      return `<div style="break-inside:avoid">${block.blocks.map(blockHtml).join('')}</div>`;
  }
}

/** The same document as HTML for Chromium's print to PDF: same fonts, sizes, margins and blocks. */
function documentHtml(spec: PdfDocumentSpec, fontsDir: string): string {
  const face = (file: string, weight: number, style: string) =>
    `@font-face{font-family:'Titillium Web';src:url('${pathToFileURL(path.join(fontsDir, file)).href}');font-weight:${weight};font-style:${style}}`;
  const letterhead = spec.letterhead
    ? `<header><h1 class="ente">${escapeHtml(spec.letterhead.title)}</h1><p class="sub">${escapeHtml(spec.letterhead.subtitle ?? '')}</p>${(spec.letterhead.lines ?? []).map((l) => `<p class="small">${escapeHtml(l)}</p>`).join('')}</header>`
    : '';
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escapeHtml(spec.meta.title)}</title><style>
${face('TitilliumWeb-Regular.ttf', 400, 'normal')}${face('TitilliumWeb-Bold.ttf', 700, 'normal')}${face('TitilliumWeb-Italic.ttf', 400, 'italic')}${face('TitilliumWeb-BoldItalic.ttf', 700, 'italic')}${face('TitilliumWeb-SemiBold.ttf', 600, 'normal')}
@page{size:A4;margin:2cm 2cm 2.5cm 2.5cm}
body{font-family:'Titillium Web';font-size:10.5pt;line-height:1.42;color:#1a1a1a;margin:0}
p{margin:6pt 0 0}h1{font-size:13.5pt;color:#17324d}h2{font-size:11.5pt}h3{font-size:10.5pt;font-style:italic}
header{text-align:center;border-bottom:1.2pt solid #17324d;padding-bottom:8pt}.ente{font-size:15pt;margin:0}.sub{font-weight:600;margin:0}.small{font-size:7.5pt;color:#5c6f82;margin:0}
table{width:100%;border-collapse:collapse;font-size:9pt;line-height:1.3;margin-top:10pt}th{font-weight:600;background:#e4e9f0}th,td{border:0.5pt solid #9aa5b1;padding:3pt 4pt}
tr{break-inside:avoid}.zebra tbody tr:nth-child(even){background:#eef1f6}
.signatures{display:flex;margin-top:28pt;text-align:center}.signatures>div{flex:1}.signatures hr{width:75%;margin-top:34pt}
</style></head><body>${letterhead}${spec.blocks.map(blockHtml).join('\n')}</body></html>`;
}

const footerTemplate = (note: string) =>
  `<div style="font-size:8pt;color:#5c6f82;width:100%;margin:0 2cm 0 2.5cm;display:flex;justify-content:space-between"><span>${escapeHtml(note)}</span><span>Pagina <span class="pageNumber"></span> di <span class="totalPages"></span></span></div>`;

const FIRST_EXPORT_SESSIONS = 3;

/** Runs tests/bench/pdf-thread.ts in a new thread with the backend thread's limits, and returns what it posts. */
function inBackendLikeThread<T>(job: PdfThreadJob): Promise<T> {
  const source = pathToFileURL(projectPath('tests', 'bench', 'pdf-thread.ts')).href;
  const thread = typeScriptThread(source, { workerData: job, resourceLimits: BACKEND_THREAD_LIMITS });
  return new Promise<T>((resolve, reject) => {
    thread.once('message', (value: T) => void thread.terminate().then(() => resolve(value)));
    thread.once('error', reject);
  });
}

/** The first and a warm export of the 20-page verbale, each time in a new thread. */
async function firstExports(): Promise<{ warmUp: number; first: number; warm: number }[]> {
  const sessions = [];
  for (let i = 0; i < FIRST_EXPORT_SESSIONS; i++) sessions.push(await inBackendLikeThread<{ warmUp: number; first: number; warm: number }>({ mode: 'session', agendaItems: AGENDA_ITEMS }));
  return sessions;
}

/**
 * The 20-page verbale: this engine in-process (warm), against the same content as HTML printed by
 * a warm headless Chromium (page.pdf) and by Chromium's command line as a whole process.
 */
export async function benchPdf(): Promise<BenchResult[]> {
  const fontsDir = projectPath('assets', 'fonts');
  const spec = sampleVerbaleSpec({ agendaItems: AGENDA_ITEMS });
  const { runs: engineRuns, pdf } = await inBackendLikeThread<{ runs: number[]; pdf: Uint8Array }>({ mode: 'warm', agendaItems: AGENDA_ITEMS });
  const enginePdf = Buffer.from(pdf);
  const engine = median(engineRuns);
  const enginePages = pdfInfo(enginePdf).Pages;
  const session = await firstExports();

  const { dir, cleanup } = makeTempDir('bench-pdf-');
  const htmlFile = path.join(dir, 'verbale.html');
  fs.writeFileSync(htmlFile, documentHtml(spec, fontsDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const printWarm = async () => {
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate(spec.footerNote ?? '') });
    };
    const chromiumPages = pdfInfo(await printWarm()).Pages;
    const warm = median(await timeRuns(printWarm, 10, 2));

    const cliPdf = path.join(dir, 'cli.pdf');
    const printCli = () => promisify(execFile)(CHROMIUM, ['--headless', ...CHROMIUM_ARGS, `--print-to-pdf=${cliPdf}`, htmlFile], { timeout: 60_000 });
    const cli = median(await timeRuns(printCli, 5, 1));

    const ratio = (other: number) => `${(other / engine).toFixed(1)}×`;
    return [
      {
        name: `PDF engine: verbale of ${enginePages} pages (27-row presence table, justified text), PDF/A-2b, warm, in the backend's thread limits`,
        medianMs: engine,
        runs: engineRuns.length,
        target: '≤ 80 ms',
        note: `${Math.round(enginePdf.length / 1024)} KB; fastest ${Math.min(...engineRuns).toFixed(1)} ms`,
      },
      {
        name: `PDF engine: first export of a session (new thread, after the warm-up the backend does in idle time at start)`,
        medianMs: median(session.map((s) => s.first)),
        runs: session.length,
        target: '≤ 1.5× the warm export',
        note: `warm export in the same thread ${median(session.map((s) => s.warm)).toFixed(0)} ms; warm-up ${median(session.map((s) => s.warmUp)).toFixed(0)} ms, in idle time`,
      },
      {
        name: `Headless Chromium page.pdf(), warm browser (same content as HTML, ${chromiumPages} pages, not PDF/A)`,
        medianMs: warm,
        runs: 10,
        target: '≥ 5× the engine',
        note: `engine is ${ratio(warm)} faster`,
      },
      {
        name: 'chromium --headless --print-to-pdf, whole process',
        medianMs: cli,
        runs: 5,
        target: '≥ 20× the engine',
        note: `engine is ${ratio(cli)} faster`,
      },
    ];
  } finally {
    await browser.close();
    cleanup();
  }
}
