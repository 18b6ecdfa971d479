import os from 'node:os';
import path from 'node:path';

/** Folder name under the per-user application data folder (the same one Electron's userData uses). */
export const APP_DIR_NAME = 'Conferenza dei Sindaci';
export const DB_FILE_NAME = 'conferenza.sqlite';
export const DATA_DIR_ENV = 'CONFERENZA_DATA_DIR';

/** The per-user application data folder of each platform, as Electron's app.getPath('appData') reports it. */
function appDataRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then CONFERENZA_DATA_DIR, then the per-user default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform = process.platform): string {
  const flag = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  const fromFlag = flag < 0 ? undefined : (argv[flag]!.split('=')[1] ?? argv[flag + 1]);
  const chosen = fromFlag ?? env[DATA_DIR_ENV];
  return path.resolve(chosen ?? path.join(appDataRoot(env, platform), APP_DIR_NAME));
}

export const dbPathIn = (dataDir: string): string => path.join(dataDir, DB_FILE_NAME);
