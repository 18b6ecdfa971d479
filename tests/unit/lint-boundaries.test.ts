import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The process boundary is enforced by the lint config; these cases prove the rule bites.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('process boundaries', () => {
  test.each([
    ['main/db/x.ts', "import { app } from 'electron';\nexport const a = app;", 1],
    ['shared/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;", 1],
    ['renderer/src/x.ts', "import { openBackend } from '../../main/backend';\nexport const a = openBackend;", 1],
    ['renderer/src/y.ts', "import fs from 'node:fs';\nexport const a = fs;", 1],
    ['shared/y.ts', "import { openBackend } from '../main/backend';\nexport const a = openBackend;", 1],
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;", 0],
    ['preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;", 0],
    ['renderer/src/z.ts', "import { channels } from '../../shared/contract';\nexport const a = channels;", 0],
  ])('%s: %s → %i error(s)', async (file, code, expected) => {
    expect(await restrictedImportErrors(code, file)).toBe(expected);
  });
});
