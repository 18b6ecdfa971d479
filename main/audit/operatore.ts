import os from 'node:os';

/** The operating-system user, the operator until someone chooses a name from the list in Impostazioni. */
export function defaultOperatore(): string {
  try {
    return os.userInfo().username.slice(0, 120) || 'utente';
  } catch {
    return 'utente';
  }
}
