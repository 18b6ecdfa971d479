// A second (and third) process creating verbali on the same database file, for the concurrency test.
// Usage: verbali-worker.ts DB_PATH START_AT_MS SEDUTA_ID...
import { projectPath } from '../../main/cli/project-path';
import { openBackend } from '../../main/backend';

const [dbPath, startAt, ...ids] = process.argv.slice(2);
const backend = openBackend({ dbPath: dbPath!, assetsDir: projectPath('assets') });
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 2));
const numbers: string[] = [];
for (const id of ids) {
  const result = await backend.invoke('verbali.create', { sedutaId: Number(id) });
  numbers.push(result.ok ? result.value.numeroTesto : `ERR ${result.error.message}`);
}
backend.close();
console.log(JSON.stringify(numbers));
