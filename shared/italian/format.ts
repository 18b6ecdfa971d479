// Italian number formatting done by hand: ICU data differs between Node, Electron and
// browsers (e.g. "it-IT" leaves 1234 ungrouped), and documents must not change with the runtime.

/** Digits of round(abs * 10^decimals), half away from zero. */
function scaledDigits(abs: number, decimals: number): string {
  const scaled = abs * 10 ** decimals;
  if (!(scaled <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`formatNumberIt: ${abs} with ${decimals} decimals is not exactly representable`);
  }
  // toPrecision(15) drops binary noise first, so 51.849999999999994 rounds as 51.85.
  return String(Number.isInteger(scaled) ? scaled : Math.round(Number(scaled.toPrecision(15))));
}

/** Fraction digits of the shortest representation (15 significant digits at most). */
function shortestDecimals(abs: number): number {
  const [mantissa = '', exponent = '0'] = String(Number(abs.toPrecision(15))).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * "11.662", "1.234,5": dot for thousands (also for four digits, as ISTAT tables do),
 * comma for decimals. Without `decimals`, integers get none and other values their shortest form.
 */
export function formatNumberIt(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatNumberIt: not a finite number: ${n}`);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)) {
    throw new RangeError(`formatNumberIt: decimals must be an integer in 0..20, got ${decimals}`);
  }
  const abs = Math.abs(n);
  const places = decimals ?? (Number.isInteger(n) ? 0 : shortestDecimals(abs));
  const digits = scaledDigits(abs, places).padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+$)/g, '.');
  const fraction = places > 0 ? ',' + digits.slice(-places) : '';
  const sign = n < 0 && /[1-9]/.test(digits) ? '-' : ''; // no "-0"
  return sign + intPart + fraction;
}

/** Ratio as percentage: formatPercentIt(0.5185, 1) → "51,9%" (no space, as usual in Italian texts). */
export const formatPercentIt = (ratio: number, decimals = 0): string =>
  formatNumberIt(ratio * 100, decimals) + '%';

/** "1 comune", "15 comuni", "0 comuni": only exactly one takes the singular. */
export const pluralIt = (n: number, singular: string, plural: string): string =>
  `${formatNumberIt(n)} ${n === 1 ? singular : plural}`;

/** "1,2 MB", "340 kB", "812 byte" (1 MB = 1 048 576 byte, as file managers show it). */
export function formatDimensione(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumberIt(bytes / (1024 * 1024), 1)} MB`;
  if (bytes >= 1024) return `${formatNumberIt(Math.round(bytes / 1024))} kB`;
  return `${formatNumberIt(bytes)} byte`;
}
