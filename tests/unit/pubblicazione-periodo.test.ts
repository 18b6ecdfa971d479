import { describe, expect, test } from 'vitest';
import { addDays, fineMinima, giorniDelPeriodo, periodoRefusals } from '../../shared/domain/pubblicazione-periodo';

describe('the publication period: fifteen consecutive days, the first one included', () => {
  test.each([
    ['2027-01-10', '2027-01-24'],
    ['2027-01-20', '2027-02-03'],
    ['2027-02-20', '2027-03-06'],
    ['2028-02-20', '2028-03-05'],
    ['2027-04-25', '2027-05-09'],
    ['2027-12-25', '2028-01-08'],
    ['2027-12-31', '2028-01-14'],
    ['2027-03-20', '2027-04-03'],
    ['2027-10-25', '2027-11-08'],
  ])('dal %s → al %s', (dal, al) => {
    expect(fineMinima(dal)).toBe(al);
    expect(giorniDelPeriodo(dal, al)).toBe(15);
  });

  test('days are counted on the calendar, across daylight-saving changes', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(giorniDelPeriodo('2027-03-01', '2027-03-31')).toBe(31);
  });

  test('refusals by field', () => {
    expect(periodoRefusals('2027-03-01', '2027-03-15', '2027-03-01', '2027-03-01')).toEqual({});
    expect(periodoRefusals('2027-03-01', '2027-03-14', '2027-03-01', '2027-03-01')).toEqual({
      al: "La pubblicazione all'albo dura almeno 15 giorni consecutivi (art. 124 del TUEL): iniziando il 01/03/2027 termina non prima del 15/03/2027.",
    });
    expect(periodoRefusals('2027-02-28', '2027-03-14', '2027-03-01', '2027-03-01')).toEqual({
      dal: "La pubblicazione non può iniziare prima della firma dell'atto (01/03/2027).",
    });
    expect(periodoRefusals('2027-03-31', '2027-04-14', '2027-03-01', '2027-03-01')).toEqual({});
    expect(Object.keys(periodoRefusals('2027-04-01', '2027-04-10', '2027-03-01', '2027-03-01'))).toEqual(['dal', 'al']);
  });
});
