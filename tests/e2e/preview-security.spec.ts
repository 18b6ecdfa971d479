import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_HEADER } from '../../shared/transport';
import { expect, test } from './fixtures';

const call = { channel: 'ente.get', input: {} };

test('an API call without the token, or with a wrong one, is refused', async ({ preview, request }) => {
  const api = new URL('api/invoke', preview.url).href;
  const missing = await request.post(api, { data: call });
  expect(missing.status()).toBe(403);
  expect(await missing.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } });
  const wrong = await request.post(api, { data: call, headers: { [TOKEN_HEADER]: 'f'.repeat(64) } });
  expect(wrong.status()).toBe(403);
  const good = await request.post(api, { data: call, headers: { [TOKEN_HEADER]: preview.token } });
  expect(await good.json()).toMatchObject({ ok: true, value: { presidente: 'Antonio Rizzo' } });
});

test('a foreign Host header is refused (DNS rebinding)', async ({ preview, request }) => {
  const response = await request.get(preview.url, { headers: { host: 'attacker.example:80' } });
  expect(response.status()).toBe(421);
});

test('the served page carries the token; a page of another origin can neither read it nor call the API', async ({ preview, page }) => {
  await page.goto(preview.url);
  await expect(page.locator('meta[name="conferenza-api-token"]')).toHaveAttribute('content', preview.token);

  const other = http.createServer((_req, res) => res.end('<!doctype html><title>altro sito</title>'));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    const outcome = await page.evaluate(async (target) => {
      const results: string[] = [];
      for (const attempt of [
        () => fetch(target).then((r) => r.text()),
        () => fetch(new URL('api/invoke', target), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.text()),
      ]) {
        try {
          results.push(`read: ${(await attempt()).slice(0, 40)}`);
        } catch {
          results.push('blocked');
        }
      }
      return results;
    }, preview.url);
    expect(outcome).toEqual(['blocked', 'blocked']);
  } finally {
    other.close();
  }
});
