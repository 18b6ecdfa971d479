import { describe, expect, test } from 'vitest';
import { expectOk, fixedClock, useTempBackend } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';

describe('statistiche delle presenze su un periodo', () => {
  const open = useTempBackend(fixedClock('2026-12-11T09:00:00Z'));

  test('per comune and per year over several years, as data, PDF/A and CSV', async () => {
    const { backend } = open();
    const first = await recordedSeduta(backend, '2025-06-10');
    await recordedSeduta(backend, '2026-12-10');
    const present = first.presenze.filter((p) => p.stato !== 'assente');
    const absent = first.presenze.find((p) => p.stato === 'assente')!;

    const periodo = expectOk(await backend.invoke('statistiche.periodo', { organoId: 1, da: 2024, a: 2026 }));
    expect(periodo.anni).toEqual([
      { anno: 2024, seduteTenute: 0, seduteConPresenze: 0 },
      { anno: 2025, seduteTenute: 1, seduteConPresenze: 1 },
      { anno: 2026, seduteTenute: 1, seduteConPresenze: 1 },
    ]);
    expect(periodo.righe).toHaveLength(27);
    const riga = (comune: string) => periodo.righe.find((r) => r.comune === comune)!;
    expect(riga(present[0]!.comune)).toMatchObject({ presenze: 2, sedute: 2, perAnno: [{ anno: 2024, presenze: 0, sedute: 0 }, { anno: 2025, presenze: 1, sedute: 1 }, { anno: 2026, presenze: 1, sedute: 1 }] });
    expect(riga(absent.comune)).toMatchObject({ presenze: 0, sedute: 2 });

    // The two historic sedute of 2018 were held but their attendance is not digitised: counted as held, not in the rows.
    const storico = expectOk(await backend.invoke('statistiche.periodo', { organoId: 1, da: 2018, a: 2018 }));
    expect(storico.anni).toEqual([{ anno: 2018, seduteTenute: 2, seduteConPresenze: 0 }]);
    expect(storico.righe).toEqual([]);

    const pdf = expectOk(await backend.invoke('documenti.statistichePdf', { organoId: 1, da: 2024, a: 2026 }));
    expect(pdf.nomeFile).toBe('Statistiche_presenze_2024-2026.pdf');
    const text = normalizeSpaces(pdfPagesText(Buffer.from(pdf.base64, 'base64')).join('\n'));
    expect(text).toContain('STATISTICHE DELLE PRESENZE 2024–2026');
    expect(text).toContain('Sedute tenute nel periodo: 2');
    expect(text).toContain(`${present[0]!.comune} – 1/1 1/1 2 2 100%`);
    expect(text).toContain(`${absent.comune} – 0/1 0/1 0 2 0%`);

    const csv = Buffer.from(expectOk(await backend.invoke('documenti.statisticheCsv', { organoId: 1, da: 2024, a: 2026 })).base64, 'base64');
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Comune;2024 presenze;2024 sedute;2025 presenze;2025 sedute;2026 presenze;2026 sedute;Totale presenze;Totale sedute;Percentuale');
    expect(lines).toContain(`${present[0]!.comune};0;0;1;1;1;1;2;2;100%`);
    expect(lines).toHaveLength(1 + 27 + 1); // header, one line per comune, the final line end
    expect(lines.at(-1)).toBe('');
  });

  test('a period that ends before it starts, or too long, is refused at the field', async () => {
    const { backend } = open();
    const reversed = await backend.invoke('statistiche.periodo', { organoId: 1, da: 2026, a: 2018 });
    expect(reversed.ok || reversed.error).toMatchObject({ code: 'VALIDATION', fields: { a: "L'anno finale non può precedere quello iniziale" } });
    const long = await backend.invoke('documenti.statisticheCsv', { organoId: 1, da: 1990, a: 2030 });
    expect(long.ok || long.error).toMatchObject({ code: 'VALIDATION', fields: { a: 'Al massimo 30 anni per volta' } });
  });
});
