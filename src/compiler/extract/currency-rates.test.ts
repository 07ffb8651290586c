import { describe, expect, it } from 'vitest';
import { currenciesWithRates, FIRST_RATE_YEAR, LAST_RATE_YEAR, toUsd, usdPerUnit } from './currency-rates.ts';

describe('usdPerUnit', () => {
  it('reads currencies the Fed quotes in US dollars per unit as they are', () => {
    expect(usdPerUnit('EUR', 2019)).toBe(1.1194);
    expect(usdPerUnit('GBP', 2014)).toBe(1.6484);
  });

  it('inverts currencies quoted in units per US dollar', () => {
    expect(usdPerUnit('JPY', 2020)).toBeCloseTo(1 / 106.7754, 10);
    expect(usdPerUnit('EUR', 2024)).toBeCloseTo(1 / 0.9242, 10);
  });

  it('has no rate where the source has none', () => {
    expect(usdPerUnit('GBP', 2024)).toBeNull();
    expect(usdPerUnit('RUB', 2019)).toBeNull();
    expect(usdPerUnit('EUR', FIRST_RATE_YEAR - 1)).toBeNull();
    expect(usdPerUnit('EUR', LAST_RATE_YEAR + 1)).toBeNull();
  });

  it('keeps every rate within a plausible band of its neighbours', () => {
    // A typo (a digit dropped or doubled) would jump by far more than a year's move.
    for (const currency of currenciesWithRates()) {
      let previous: number | null = null;
      for (let year = FIRST_RATE_YEAR; year <= LAST_RATE_YEAR; year++) {
        const rate = usdPerUnit(currency, year);
        if (rate === null) continue;
        if (previous !== null) expect(Math.abs(Math.log(rate / previous)), `${currency} ${year}`).toBeLessThan(0.7);
        previous = rate;
      }
    }
  });
});

describe('toUsd', () => {
  it('converts at the yearly average, to the cent', () => {
    expect(toUsd(100, 'EUR', 2019)).toBe(111.94);
    expect(toUsd(1000, 'INR', 2020)).toBe(13.49);
  });

  it('passes US dollars through and converts nothing it has no rate for', () => {
    expect(toUsd(571e6, 'USD', 2030)).toBe(571e6);
    expect(toUsd(100, 'BTC', 2019)).toBeUndefined();
  });
});
