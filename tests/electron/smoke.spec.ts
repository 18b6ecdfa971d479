import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../main/cli/electron-binary';
import { projectPath } from '../../main/cli/project-path';
import { makeTempDir } from '../helpers/temp-dir';

// Runs wherever the Electron binary exists; elsewhere (our CI) it is reported as skipped, with the reason.
const binary = findElectronBinary();

test('the desktop window opens on the Comuni of the Ambito', async () => {
  if (!('path' in binary)) {
    console.log(`Electron smoke test skipped: ${binary.reason}`);
    test.skip(true, binary.reason);
    return;
  }
  const { dir, cleanup } = makeTempDir('conferenza-electron-');
  const app = await electron.launch({ executablePath: binary.path, args: [projectPath(), '--data-dir', dir] });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Conferenza dei Sindaci/);
    const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined');
    expect(isolated).toBe(true);
    await window.evaluate(() => (location.hash = '#/comuni'));
    await expect(window.getByRole('table', { name: 'Elenco dei comuni' }).locator('tbody tr')).toHaveCount(27);
  } finally {
    await app.close();
    cleanup();
  }
});
