import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_PATH, TOKEN_HEADER, TOKEN_META } from '../../shared/transport';
import type { Backend } from '../backend';

export interface PreviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

// A 40 MB signed file travels as base64 inside JSON.
const MAX_BODY_BYTES = 60 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The browser preview: the built renderer and the real backend on 127.0.0.1 only.
 * Every API call must carry the per-run token, which only the page served here receives
 * (no CORS headers, and foreign Host headers are refused, so other origins can't read it).
 */
export async function startPreviewServer(opts: { backend: Backend; rendererDir: string; port?: number }): Promise<PreviewServer> {
  const token = randomBytes(32).toString('hex');
  const indexHtml = await fs.readFile(path.join(opts.rendererDir, 'index.html'), 'utf8');
  const page = indexHtml.replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}\n    <meta name="${TOKEN_META}" content="${token}" />`);
  if (!page.includes(token)) throw new Error('index.html has no <meta charset="utf-8" /> to put the token after');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[preview]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Errore interno');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', 'Host non consentito');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === API_PATH) return handleApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Metodo non consentito');
    if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, CONTENT_TYPES['.html']!, page);
    return serveStatic(url.pathname, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Metodo non consentito');
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } });
    }
    const body = await readBody(req);
    if (body === undefined) {
      return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'Richiesta troppo grande.' } });
    }
    let call: { channel?: unknown; input?: unknown };
    try {
      call = JSON.parse(body) as typeof call;
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Richiesta non leggibile.' } });
    }
    sendJson(res, 200, await opts.backend.handle(call.channel, call.input));
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const root = path.resolve(opts.rendererDir);
    const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    const type = CONTENT_TYPES[path.extname(file)];
    if (!file.startsWith(root + path.sep) || !type) return send(res, 404, 'text/plain; charset=utf-8', 'Non trovato');
    try {
      send(res, 200, type, await fs.readFile(file));
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'Non trovato');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // idle keep-alive connections of an open page would hold close() back
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
