/** Italian digit grouping (11.662), written by hand so the text does not depend on the runtime's ICU data. */
export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "1 comune" / "15 comuni". */
export function counted(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
