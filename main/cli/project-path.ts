import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside the project checkout (the CLI scripts run from source with tsx). */
export const projectPath = (...parts: string[]): string => path.join(ROOT, ...parts);
