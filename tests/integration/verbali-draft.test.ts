import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES } from '../../shared/rules';
import { expectOk, useTempBackend } from '../helpers/backend';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';

const formatted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('bozza: seconda convocazione, voto ponderato, ingressi e uscite, deleghe', () => {
  const open = useTempBackend();

  test('the draft says the first call went deserted, states the delegation act, places each movement at its item and names the weighted majority', async () => {
    const { backend } = open();
    expectOk(
      await backend.invoke('regole.save', {
        organoId: 1,
        valideDal: '2026-01-01',
        regole: { ...DEFAULT_RULES, weighting: { kind: 'population', reference: 'residente' } },
        nota: 'Voto ponderato per popolazione',
      }),
    );
    let d = expectOk(
      await backend.invoke('sedute.create', {
        ...SEDUTA_INPUT,
        luogo: 'Sala consiliare del Comune di Lauria',
        convocazioneData: null,
        primaConvocazione: '2026-12-09T09:00',
        secondaConvocazione: '2026-12-10T10:30',
        convocazioneEffettiva: 'seconda',
      }),
    );
    const id = d.seduta.id;
    d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Approvazione della convenzione di Ambito', descrizione: '', relatore: '' }));
    const [delegata, late, leaving, ...others] = d.presenze.slice(0, 10);
    const set = async (comuneId: number, changes: Record<string, unknown>) => {
      d = expectOk(
        await backend.invoke('presenze.set', { sedutaId: id, comuneId, stato: 'sindaco', nominativo: 'Sindaco', delegaRif: '', oraIngresso: null, oraUscita: null, ...changes }),
      );
    };
    await set(delegata!.comuneId, { stato: 'delegato', nominativo: 'Anna Bianchi', qualifica: 'vicesindaco', delegaRif: 'prot. n. 812 del 02/12/2026' });
    await set(late!.comuneId, { oraIngresso: '10:45' });
    await set(leaving!.comuneId, { oraUscita: '11:30' });
    for (const p of others) await set(p.comuneId, {});
    // 10 present at the vote at 11:00: the first 3 in favour, the others against.
    const present = [delegata!, late!, leaving!, ...others];
    const voti = present.map((p, i) => ({ comuneId: p.comuneId, voto: i < 3 ? 'favorevole' : 'contrario' }) as const);
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: d.punti[0]!.id, modalita: 'palese', ora: '11:00', voti, conteggi: null }));
    expectOk(await backend.invoke('sedute.setStato', { id, stato: 'in_corso' }));
    d = expectOk(await backend.invoke('sedute.setStato', { id, stato: 'chiusa', ora: '12:15' }));

    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: id }));
    const text = (chiave: string) => verbale.sezioni.find((s) => s.chiave === chiave)!.testo;
    const punto = d.punti[0]!;
    const sum = (list: typeof present) => list.reduce((total, p) => total + p.popolazioneResidente, 0);
    const pop = (list: typeof present) => formatted(sum(list));
    const approved = sum(present.slice(0, 3)) > sum(others);
    expect(punto.votazione!.esito!.esito).toBe(approved ? 'approvata' : 'respinta');

    expect(text('apertura')).toContain(', presso la Sala consiliare del Comune di Lauria, ');
    expect(text('numero_legale')).toBe(
      'La prima convocazione, fissata per il giorno 09/12/2026 alle ore 09:00, è andata deserta per mancanza del numero legale. ' +
        'Il Presidente, constatata la presenza di n. 9 comuni su 27, e quindi del numero legale richiesto di 9 in seconda convocazione, dichiara aperta la seduta.',
    );
    expect(text('deleghe')).toBe(`Il Comune di ${delegata!.comune} è rappresentato dalla delegata Anna Bianchi, vicesindaco, giusta delega prot. n. 812 del 02/12/2026.`);
    expect(text(`punto-${punto.id}-discussione`)).toBe(`Alle ore 10:45 entra il Sindaco del Comune di ${late!.comune}; presenti n. 10.`);
    expect(text(`punto-${punto.id}-votazione`)).toBe(
      `Con votazione palese, presenti n. 10 comuni, pari a ${pop(present)} abitanti: ` +
        `favorevoli n. 3 comuni, pari a ${pop(present.slice(0, 3))} abitanti; ` +
        `contrari n. 7 (${others.map((p) => p.comune).join(', ').replace(/, ([^,]*)$/, ' e $1')}), pari a ${pop(others)} abitanti; ` +
        `astenuti n. 0, pari a 0 abitanti: ` +
        `la proposta è ${approved ? 'approvata' : 'respinta'} a maggioranza ponderata.`,
    );
    expect(text('chiusura')).toBe(
      `Alle ore 11:30 esce il Sindaco del Comune di ${leaving!.comune}; presenti n. 9.\n\n` +
        "Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta alle ore 12:15.",
    );
  });
});
