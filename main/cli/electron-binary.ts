import { spawnSync } from 'node:child_process';
import { projectPath } from './project-path';

/**
 * The Electron executable, or why there is none. Requiring 'electron' downloads its binary on
 * first use; the probe runs in a child process so that attempt's noise doesn't reach the user.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  const probe = spawnSync(process.execPath, ['-p', "require('electron')"], {
    cwd: projectPath(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (probe.status === 0) return { path: probe.stdout.trim() };
  const lastLine = probe.stderr.trim().split('\n').findLast((l) => l.includes('Error')) ?? 'download failed';
  return { reason: `the Electron binary is not installed and could not be downloaded (${lastLine.trim()})` };
}
