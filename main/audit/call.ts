import { createHash } from 'node:crypto';
import type { AuditEntry, AuditLog } from '../store/audit';
import type { ChangeCapture } from './capture';
import type { AuditTrail } from './trail';

/** The act a channel's change concerns, by the channel's family; the id comes from the output or the input. */
const ENTITY_OF: Record<string, string> = {
  ente: 'ente',
  comuni: 'comune',
  regole: 'regole',
  sedute: 'seduta',
  odg: 'seduta',
  presenze: 'seduta',
  votazioni: 'seduta',
  verbali: 'verbale',
  regolamenti: 'regolamento',
  operatori: 'operatore',
  pubblicazioni: 'pubblicazione',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const numberAt = (v: unknown, key: string): number | null => (isRecord(v) && typeof v[key] === 'number' ? v[key] : null);

function subjectOf(channel: string, input: unknown, output: unknown): { entity: string; entityId: number | null } {
  const family = channel.split('.')[0]!;
  const entity = ENTITY_OF[family] ?? family;
  if (entity === 'seduta') {
    const seduta = isRecord(output) ? output.seduta : undefined;
    return { entity, entityId: numberAt(seduta, 'id') ?? numberAt(input, 'sedutaId') ?? numberAt(input, 'id') };
  }
  if (entity === 'regolamento') {
    const regolamento = isRecord(output) ? output.regolamento : undefined;
    return { entity, entityId: numberAt(regolamento, 'id') ?? numberAt(output, 'id') ?? numberAt(input, 'id') };
  }
  return { entity, entityId: numberAt(output, 'id') ?? numberAt(input, 'id') ?? (entity === 'ente' ? 1 : null) };
}

/** The input as recorded: file contents by size and fingerprint (the files are kept in their own tables), long texts whole. */
function recordedInput(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key === 'base64') {
    return `[${Math.floor((value.length * 3) / 4)} byte, sha256 ${createHash('sha256').update(Buffer.from(value, 'base64')).digest('hex')}]`;
  }
  if (Array.isArray(value)) return value.map((v) => recordedInput(v));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, recordedInput(v, k)]));
  return value;
}

/**
 * One mutating call's audit: handlers may add notes (the action's name, the act); when the call's transaction
 * commits, one entry with the channel, the input, every row changed (before/after) and the operator goes with it.
 */
export function beginAuditedCall(trail: AuditTrail, capture: ChangeCapture, channel: string, input: unknown, operatore: () => string) {
  const notes: AuditEntry[] = [];
  const log: AuditLog = { record: (entry) => void notes.push(entry) };
  return {
    log,
    /** Call at the start of the call's transaction. */
    begin: (): void => capture.reset(),
    /** Call at the end of the call's transaction, before it commits. */
    finish: (output: unknown): void => {
      const modifiche = capture.take();
      const first = notes[0];
      const subject = first ? { entity: first.entity, entityId: first.entityId } : subjectOf(channel, input, output);
      trail.append({
        operatore: operatore(),
        canale: channel,
        action: first?.action ?? channel.split('.').slice(1).join('.'),
        ...subject,
        detail: { input: recordedInput(input), ...(notes.length ? { note: notes.map((n) => n.detail) } : {}) },
        modifiche,
      });
      notes.length = 0;
    },
  };
}
