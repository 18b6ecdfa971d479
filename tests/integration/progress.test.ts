import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import { isTrustedSender, registerIpc } from '../../main/electron/ipc';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { API_PATH, IPC_CHANNEL, PROGRESS_CHANNEL, PROGRESS_HEADER, TOKEN_HEADER, type ProgressReport } from '../../shared/transport';
import type { Result } from '../../shared/result';
import { useWorkerBackend } from '../helpers/backend';
import { makeTempDir } from '../helpers/temp-dir';
import { approvedVerbale } from '../helpers/verbale-fixture';

/** Calls `channel` through the backend's thread, collecting every progress report it sends. */
async function followed(backend: Backend, channel: string, input: unknown): Promise<{ result: Result<unknown>; reports: ProgressReport[] }> {
  const reports: ProgressReport[] = [];
  const result = await backend.handle(channel, input, (done, fase) => reports.push({ done, fase }));
  return { result, reports };
}

/** Progress only goes forward, from the start to the end. */
function expectForward(reports: readonly ProgressReport[]): void {
  expect(reports.length).toBeGreaterThanOrEqual(3);
  expect(reports[0]!.done).toBe(0);
  expect(reports.at(-1)!.done).toBe(1);
  reports.slice(1).forEach((r, i) => expect(r.done).toBeGreaterThanOrEqual(reports[i]!.done));
  for (const r of reports) expect(r.fase).toMatch(/^[A-ZÀ-Ý][^\n]+$/);
}

const TESTO = 'REGOLAMENTO DI PROVA\n\nArt. 1 – Oggetto\nIl presente regolamento disciplina la prova.\n\nArt. 2 – Entrata in vigore\nEntra in vigore subito.\n';

describe('progress of long calls, through the backend thread', () => {
  const open = useWorkerBackend();

  test('the integrity check reports its phases, forward, ending at 1, and still answers', async () => {
    const { result, reports } = await followed(open().backend, 'integrita.verifica', {});
    expect(result).toMatchObject({ ok: true, value: { integra: true } });
    expectForward(reports);
    expect(reports.map((r) => r.fase)).toContain('Ricalcolo delle impronte SHA-256 dei file conservati');
  });

  test('a PDF reports its phases with its pages; an import reports reading and splitting', async () => {
    const { verbale } = await approvedVerbale(open().backend);
    const pdf = await followed(open().backend, 'verbali.pdf', { id: verbale.id });
    expect(pdf.result.ok).toBe(true);
    expectForward(pdf.reports);
    expect(pdf.reports.some((r) => /^Scrittura del PDF\/A \(\d+ pagine\)$/.test(r.fase))).toBe(true);

    const imported = await followed(open().backend, 'regolamenti.importa', { nomeFile: 'prova.txt', base64: Buffer.from(TESTO).toString('base64') });
    expect(imported.result).toMatchObject({ ok: true, value: { formato: 'txt' } });
    expectForward(imported.reports);
    expect(imported.reports[0]!.fase).toBe('Lettura di «prova.txt»');
  });

  test('a refused call reports nothing; a call without a listener is answered as before', async () => {
    const refused = await followed(open().backend, 'verbali.pdf', { id: 'uno' });
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(refused.reports).toEqual([]);
    expect(await open().backend.handle('integrita.verifica', {})).toMatchObject({ ok: true });
  });
});

describe('progress over the transports', () => {
  const open = useWorkerBackend();
  const temp = makeTempDir('conferenza-progress-');
  let server: PreviewServer;
  beforeAll(async () => {
    fs.writeFileSync(path.join(temp.dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8" /></head><body></body></html>');
    server = await startPreviewServer({ backend: open().backend, rendererDir: temp.dir });
  });
  afterAll(async () => {
    await server.close();
    temp.cleanup();
  });

  const post = (headers: Record<string, string>) =>
    fetch(new URL(API_PATH, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
      body: JSON.stringify({ channel: 'integrita.verifica', input: {} }),
    });

  test('preview: asked for, progress arrives as JSON lines before the result line; otherwise one JSON answer', async () => {
    const streamed = await post({ [PROGRESS_HEADER]: '1' });
    expect(streamed.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await streamed.text()).trim().split('\n').map((line) => JSON.parse(line) as { progress?: ProgressReport; result?: Result<unknown> });
    expectForward(lines.slice(0, -1).map((l) => l.progress!));
    expect(lines.at(-1)!.result).toMatchObject({ ok: true, value: { integra: true } });

    const plain = await post({});
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await plain.json()).toMatchObject({ ok: true, value: { integra: true } });
  });

  test('Electron: progress goes back to the calling page with the id it chose; no id, no progress', async () => {
    const url = 'file:///opt/Conferenza/resources/app.asar/dist/renderer/index.html';
    const sent: unknown[][] = [];
    const frame = { url };
    const event = { senderFrame: frame, sender: { mainFrame: frame, isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) } };
    const handlers = new Map<string, (event: Parameters<typeof isTrustedSender>[0], ...args: unknown[]) => unknown>();
    registerIpc({ handle: (channel, fn) => void handlers.set(channel, fn) }, open().backend, url, async () => ({ ok: true, value: null }));
    const call = (...args: unknown[]) => handlers.get(IPC_CHANNEL)!(event as never, 'integrita.verifica', {}, ...args);

    expect(await call(7)).toMatchObject({ ok: true });
    expect(sent.every(([channel, id]) => channel === PROGRESS_CHANNEL && id === 7)).toBe(true);
    expectForward(sent.map(([, , report]) => report as ProgressReport));

    sent.length = 0;
    for (const notAnId of [undefined, 0, -1, 1.5, '7', { id: 7 }]) expect(await call(notAnId)).toMatchObject({ ok: true });
    expect(sent).toEqual([]);
  });
});
