import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  earliestDay,
  formatPartialDate,
  isAfterDay,
  isCertainlyBefore,
  isoDate,
  latestDay,
  parsePartialDate,
} from '../../src/schemas/dates.ts';

describe('parsePartialDate', () => {
  it('reads each precision', () => {
    expect(parsePartialDate('2026-02-16')).toMatchObject({ precision: 'day', year: 2026, month: 2, day: 16 });
    expect(parsePartialDate('2019-11')).toMatchObject({ precision: 'month', year: 2019, month: 11 });
    expect(parsePartialDate('2019-Q4')).toMatchObject({ precision: 'quarter', year: 2019, quarter: 4 });
    expect(parsePartialDate('2013')).toMatchObject({ precision: 'year', year: 2013 });
  });

  it('rejects dates that are not in the calendar or not in a known form', () => {
    for (const value of ['2019-13', '2019-00', '2023-02-29', '2019-Q5', '19-11', '2019/11', '2019-11-1', ' 2019', '0999']) {
      expect(parsePartialDate(value), value).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });
});

describe('formatPartialDate', () => {
  it('formats in German at the known precision', () => {
    expect(formatPartialDate('2026-02-16')).toBe('16. Februar 2026');
    expect(formatPartialDate('2019-11')).toBe('November 2019');
    expect(formatPartialDate('2019-Q4')).toBe('4. Quartal 2019');
    expect(formatPartialDate('2013')).toBe('2013');
    expect(formatPartialDate('2025-03-01')).toBe('1. März 2025');
  });
});

describe('ranges and order', () => {
  it('knows the first and last day a date may mean', () => {
    expect([earliestDay('2019-Q4'), latestDay('2019-Q4')]).toEqual(['2019-10-01', '2019-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([earliestDay('2013'), latestDay('2013')]).toEqual(['2013-01-01', '2013-12-31']);
  });

  it('sorts by first possible day, the more precise first on a tie', () => {
    const sorted = ['2019-Q4', '2019-11', '2013', '2019-10-01', '2026-02-16'].sort(comparePartialDates);
    expect(sorted).toEqual(['2013', '2019-10-01', '2019-Q4', '2019-11', '2026-02-16']);
  });

  it('calls a date "certainly before" only when the ranges do not overlap', () => {
    expect(isCertainlyBefore('2013-10-31', '2013-11')).toBe(true);
    expect(isCertainlyBefore('2013-11-15', '2013-11')).toBe(false);
    expect(isCertainlyBefore('2019-11', '2019-Q4')).toBe(false);
  });

  it('treats a date as future only if it cannot mean today or earlier', () => {
    expect(isAfterDay('2026-11-24', '2026-11-23')).toBe(true);
    expect(isAfterDay('2026-11', '2026-11-23')).toBe(false);
    expect(isAfterDay('2027', '2026-11-23')).toBe(true);
  });

  it('gives ISO 8601 at the known precision, a quarter as its year', () => {
    expect(isoDate('2019-Q4')).toBe('2019');
    expect(isoDate('2019-11')).toBe('2019-11');
  });
});

describe('uncertain dates', () => {
  it('reads bounded, open and unknown dates', async () => {
    const { parseUncertainDate, readDateValue, dateBounds, formatDateValue } = await import('../../src/schemas/dates.ts');
    expect(parseUncertainDate('../2019-11')).toMatchObject({ form: 'before' });
    expect(parseUncertainDate('2019-11/..')).toMatchObject({ form: 'after' });
    expect(parseUncertainDate('2013-08/2013-09')).toMatchObject({ form: 'between' });
    for (const value of ['2014/2013', '../..', '2019-13/..', '2019-11/', '/2019']) expect(parseUncertainDate(value), value).toBeNull();
    expect(dateBounds('2013-08/2013-09')).toEqual({ earliest: '2013-08-01', latest: '2013-09-30' });
    expect(dateBounds('../2019-Q4')).toEqual({ latest: '2019-12-31' });
    expect(dateBounds({ unknown: 'x' })).toEqual({});
    expect(formatDateValue('2012-05/2013-06')).toBe('zwischen Mai 2012 und Juni 2013');
    expect(formatDateValue('2013-08/2013-09')).toBe('zwischen August und September 2013');
    expect(readDateValue({ unknown: 'weil' })).toEqual({ form: 'unknown', reason: 'weil' });
  });

  it('orders and compares with open ends', async () => {
    const { compareDateValues, isCertainlyBeforeValue, periodCovers } = await import('../../src/schemas/dates.ts');
    expect(['2020', { unknown: 'x' }, '../2019-11', '2013-08/2013-09'].sort(compareDateValues)).toEqual([
      '2013-08/2013-09',
      '../2019-11',
      '2020',
      { unknown: 'x' },
    ]);
    expect(isCertainlyBeforeValue('../2019-11', '2019-12')).toBe(true);
    expect(isCertainlyBeforeValue('2019-11/..', '2030')).toBe(false);
    expect(isCertainlyBeforeValue({ unknown: 'x' }, '2030')).toBe(false);
    expect(periodCovers('2013', undefined, '2013-06-30')).toBe(false);
    expect(periodCovers('2013', undefined, '2013-12-31')).toBe(true);
    expect(periodCovers('2013', '2015-01-01', '2015-01-01')).toBe(false);
    expect(periodCovers({ unknown: 'x' }, undefined, '2020-01-01')).toBe(false);
    expect(periodCovers(undefined, undefined, '2020-01-01')).toBe(true);
  });
});
