/**
 * Parses a PDF date string ("D:YYYYMMDDHHmmSSOHH'mm'", ISO 32000-1 §7.9.4; every part after
 * the year optional, no offset meaning UTC here) as written in a signature dictionary's /M.
 */
export function parsePdfDate(text: string): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign = 'Z', offsetHours = '0', offsetMinutes = '0'] = match;
  const offsetMs = (sign === '-' ? -1 : sign === '+' ? 1 : 0) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - offsetMs);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
