import { describe, expect, test } from 'vitest';
import { isTrustedSender, registerIpc } from '../../main/electron/ipc';
import { IPC_CHANNEL, OPEN_FILE_CHANNEL } from '../../shared/transport';
import { useTempBackend } from '../helpers/backend';

type InvokeEvent = Parameters<typeof isTrustedSender>[0];
const RENDERER_URL = 'file:///opt/Conferenza/resources/app.asar/dist/renderer/index.html';

/** An event as Electron would build it: a frame with a URL, and whether it is the top frame. */
function eventFrom(url: string, topFrame = true): InvokeEvent {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: topFrame ? frame : { url: RENDERER_URL } } } as unknown as InvokeEvent;
}

describe('IPC sender check', () => {
  const open = useTempBackend();

  const opened: unknown[] = [];
  const handlers = () => {
    const map = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
    registerIpc({ handle: (channel, fn) => void map.set(channel, fn) }, open().backend, RENDERER_URL, async (reference) => {
      opened.push(reference);
      return { ok: true, value: null };
    });
    return map;
  };
  const registeredHandler = () => handlers().get(IPC_CHANNEL)!;

  test('the app page in its top frame reaches the backend (hash routes included)', async () => {
    const result = await registeredHandler()(eventFrom(`${RENDERER_URL}#/comuni`), 'ente.get', {});
    expect(result).toMatchObject({ ok: true, value: { presidente: 'Antonio Rizzo' } });
  });

  test.each([
    ['another local file', 'file:///tmp/evil.html', true],
    ['a web page', 'https://example.com/', true],
    ['a sub-frame of the app page', RENDERER_URL, false],
  ])('%s is refused', async (_label, url, topFrame) => {
    const result = await registeredHandler()(eventFrom(url, topFrame), 'ente.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Richiesta non autorizzata.' } });
    const openResult = await handlers().get(OPEN_FILE_CHANNEL)!(eventFrom(url, topFrame), { channel: 'documenti.registro', input: { organoId: 1, anno: 2026 } });
    expect(openResult).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(opened).toEqual([]);
  });

  test('the app page may ask to open a document in the system viewer', async () => {
    const reference = { channel: 'documenti.registro', input: { organoId: 1, anno: 2026 } };
    expect(await handlers().get(OPEN_FILE_CHANNEL)!(eventFrom(RENDERER_URL), reference)).toEqual({ ok: true, value: null });
    expect(opened).toContainEqual(reference);
  });
});
