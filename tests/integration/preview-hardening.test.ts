// The preview's HTTP transport against malformed and slow clients: 400 / 408 in one logged line each, never a 500
// or a stack trace, and the server keeps answering.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { API_PATH, TOKEN_HEADER } from '../../shared/transport';
import { useTempBackend } from '../helpers/backend';
import { makeTempDir } from '../helpers/temp-dir';

const TIMEOUTS = { headersMs: 300, requestMs: 1_500, bodyIdleMs: 300 };

describe('preview server hardening', () => {
  const open = useTempBackend();
  let server: PreviewServer;
  let host: string;
  let cleanup: () => void;
  let warnings: string[];
  let errors: unknown[][];

  beforeEach(async () => {
    const temp = makeTempDir('conferenza-preview-');
    cleanup = temp.cleanup;
    fs.writeFileSync(path.join(temp.dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8" /></head><body></body></html>');
    server = await startPreviewServer({ backend: open().backend, rendererDir: temp.dir, timeouts: TIMEOUTS });
    host = new URL(server.url).host;
    warnings = [];
    errors = [];
    vi.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
    cleanup();
  });

  const api = (body: string) =>
    fetch(new URL(API_PATH, server.url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body });

  /** Writes raw bytes on a socket and collects everything the server sends until it closes the connection. */
  function raw(chunks: readonly string[], pauseMs = 0): Promise<{ response: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const { port } = new URL(server.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      let response = '';
      socket.on('data', (data) => (response += data.toString('latin1')));
      socket.on('close', () => resolve({ response, ms: performance.now() - started }));
      socket.on('error', reject);
      socket.on('connect', async () => {
        for (const chunk of chunks) {
          if (socket.destroyed) return;
          socket.write(chunk);
          if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        }
      });
    });
  }

  test.each([
    ['a malformed percent-encoding in a static path', '/assets/%E0%A4%A.js'],
    ['a lone % in a static path', '/%'],
  ])('%s: 400', async (_label, pathname) => {
    const { response } = await raw([`GET ${pathname} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`]);
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(warnings).toEqual([`[preview] 400 Indirizzo non valido: GET ${pathname}`]);
  });

  test.each([
    ['not JSON', '{"channel": "ente.get",'],
    ['JSON null', 'null'],
    ['a JSON array', '["ente.get", {}]'],
    ['a JSON number', '42'],
    ['a JSON string', '"ente.get"'],
    ['an empty body', ''],
  ])('a body that is %s: 400 with a typed error', async (_label, body) => {
    const response = await api(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Richiesta non leggibile.' } });
    expect(warnings).toEqual([`[preview] 400 corpo non leggibile: POST ${API_PATH}`]);
    expect(errors).toEqual([]);
  });

  test('a well-formed call still works', async () => {
    const response = await api(JSON.stringify({ channel: 'ente.get', input: {} }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { presidente: 'Antonio Rizzo' } });
    expect(warnings).toEqual([]);
  });

  test('headers that never end are cut off with 408', async () => {
    const { response, ms } = await raw([`GET / HTTP/1.1\r\nHost: ${host}\r\n`, 'X-Slow: 1\r\n', 'X-Slow: 2\r\n', 'X-Slow: 3\r\n', 'X-Slow: 4\r\n'], 200);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(TIMEOUTS.headersMs + 2_000);
    expect(warnings).toEqual(['[preview] 408: richiesta rifiutata (ERR_HTTP_REQUEST_TIMEOUT)']);
  });

  test('a body that stops arriving is cut off with 408', async () => {
    const head = `POST ${API_PATH} HTTP/1.1\r\nHost: ${host}\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    const { response, ms } = await raw([head, '{"channel":']);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(response).toContain('Richiesta incompleta: tempo scaduto.');
    expect(ms).toBeLessThan(TIMEOUTS.bodyIdleMs + 1_000);
    expect(warnings).toEqual([`[preview] 408 corpo non arrivato in tempo: POST ${API_PATH}`]);
  });

  test('a client that goes away mid-body: one line, no stack trace, and the server keeps answering', async () => {
    const head = `POST ${API_PATH} HTTP/1.1\r\nHost: ${host}\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        socket.write(head + '{"channel":');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => setTimeout(resolve, 100));
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([`[preview] interrotta dal client: POST ${API_PATH}`]);
    expect((await api(JSON.stringify({ channel: 'app.info', input: {} }))).status).toBe(200);
  });
});
