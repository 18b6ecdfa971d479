import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_PATH, PROGRESS_HEADER, TOKEN_HEADER, TOKEN_META } from '../../shared/transport';
import type { Backend } from '../backend';

export interface PreviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

// A 40 MB signed file travels as base64 inside JSON.
const MAX_BODY_BYTES = 60 * 1024 * 1024;

/** Limits for a client that sends slowly or stops: on 127.0.0.1 a real request, even 60 MB, takes a second or two. */
export interface PreviewTimeouts {
  /** From connection to the end of the headers. */
  headersMs: number;
  /** The whole request, body included. */
  requestMs: number;
  /** Silence while a body is being received. */
  bodyIdleMs: number;
}
const DEFAULT_TIMEOUTS: PreviewTimeouts = { headersMs: 10_000, requestMs: 120_000, bodyIdleMs: 10_000 };

const TEXT = 'text/plain; charset=utf-8';
const CLIENT_GONE = new Set(['ECONNRESET', 'EPIPE', 'HPE_INVALID_EOF_STATE']);

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
export async function startPreviewServer(opts: {
  backend: Backend;
  rendererDir: string;
  port?: number;
  timeouts?: Partial<PreviewTimeouts>;
}): Promise<PreviewServer> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const token = randomBytes(32).toString('hex');
  const indexHtml = await fs.readFile(path.join(opts.rendererDir, 'index.html'), 'utf8');
  const page = indexHtml.replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}\n    <meta name="${TOKEN_META}" content="${token}" />`);
  if (!page.includes(token)) throw new Error('index.html has no <meta charset="utf-8" /> to put the token after');
  let allowedHosts = new Set<string>();

  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // How often Node looks for connections past those limits (default 30 s).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // A client that goes away mid-request is not a fault of the server: one line, no stack trace.
        if (req.destroyed || res.destroyed) return logRefusal(req, 'interrotta dal client');
        console.error('[preview]', error);
        if (!res.headersSent) send(res, 500, TEXT, 'Errore interno');
      });
    },
  );
  // Malformed requests and the header and request timeouts end here, before any handler runs.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // The client went away: nothing to answer, and the request handler, if one started, logs it.
    if (CLIENT_GONE.has(error.code ?? '')) return void socket.destroy();
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    console.warn(`[preview] ${status}: richiesta rifiutata (${error.code ?? error.message})`);
    if (socket.writable && !socket.writableEnded) socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });

  /** Answers an error status and logs it on one line. */
  const refuse = (req: http.IncomingMessage, res: http.ServerResponse, status: number, reason: string, body: string | object = reason): void => {
    logRefusal(req, `${status} ${reason}`);
    if (typeof body === 'string') send(res, status, TEXT, body);
    else sendJson(res, status, body);
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(req, res, 421, 'Host non consentito');
    const pathname = decodedPath(req.url);
    if (pathname === undefined) return refuse(req, res, 400, 'Indirizzo non valido');
    if (pathname === API_PATH) return handleApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'Metodo non consentito');
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, CONTENT_TYPES['.html']!, page);
    return serveStatic(pathname, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(req, res, 405, 'Metodo non consentito');
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return refuse(req, res, 403, 'token mancante o errato', apiError('FORBIDDEN', 'Richiesta non autorizzata.'));
    }
    const body = await readBody(req, timeouts.bodyIdleMs);
    if (body === 'too-large') return refuse(req, res, 413, 'corpo troppo grande', apiError('VALIDATION', 'Richiesta troppo grande.'));
    if (body === 'timeout') {
      refuse(req, res, 408, 'corpo non arrivato in tempo', apiError('VALIDATION', 'Richiesta incompleta: tempo scaduto.'));
      return void req.destroy();
    }
    const call = parseCall(body);
    if (!call) return refuse(req, res, 400, 'corpo non leggibile', apiError('VALIDATION', 'Richiesta non leggibile.'));
    if (req.headers[PROGRESS_HEADER] !== '1') return sendJson(res, 200, await opts.backend.handle(call.channel, call.input));
    // The caller follows the call: its progress, one JSON line each as it happens, then the result on the last line.
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/x-ndjson; charset=utf-8' });
    const result = await opts.backend.handle(call.channel, call.input, (done, fase) => {
      if (!res.destroyed) res.write(`${JSON.stringify({ progress: { done, fase } })}\n`);
    });
    res.end(`${JSON.stringify({ result })}\n`);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const root = path.resolve(opts.rendererDir);
    const file = path.resolve(root, `.${pathname}`);
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

const apiError = (code: 'FORBIDDEN' | 'VALIDATION', message: string) => ({ ok: false, error: { code, message } });

function logRefusal(req: http.IncomingMessage, what: string): void {
  // The path only, never the query or the body; at most 200 characters of it.
  console.warn(`[preview] ${what}: ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]!.slice(0, 200)}`);
}

/** The URL's path, percent-decoded; undefined for a malformed URL or encoding (e.g. "/%E0%A4%A"). */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
}

/** A call is a JSON object; `null`, arrays, numbers and strings are not. */
function parseCall(body: string): { channel?: unknown; input?: unknown } | undefined {
  try {
    const call: unknown = JSON.parse(body);
    return call !== null && typeof call === 'object' && !Array.isArray(call) ? (call as { channel?: unknown; input?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/** The body as text, unless it grows past the limit or the client falls silent for `idleMs`; rejects if the client goes away. */
function readBody(req: http.IncomingMessage, idleMs: number): Promise<string | 'too-large' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let timer = setTimeout(() => settle(() => resolve('timeout')), idleMs);
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.removeAllListeners('data');
      outcome();
    };
    req.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(() => resolve('timeout')), idleMs);
      size += chunk.length;
      if (size > MAX_BODY_BYTES) settle(() => resolve('too-large'));
      else chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', (error) => settle(() => reject(error)));
    req.on('close', () => settle(() => reject(new Error('request closed before its end'))));
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
