/**
 * Yearly average exchange rates, for the one conversion Sitrep makes: a money figure's `usd`, from the
 * average of the post's year. Every number comes from the Federal Reserve Board's annual averages of its
 * H.10 noon buying rates (release G.5A); docs/currency-rates.md says which release gave which year.
 * A currency or year missing here is not converted, ever: no rate is guessed or carried over.
 */

/** The years the table covers. */
export const FIRST_RATE_YEAR = 2014;
export const LAST_RATE_YEAR = 2025;

// Written as the Fed publishes them, so each value can be checked against its release: most currencies
// in units per US dollar, the euro, pound, Australian and New Zealand dollars in US dollars per unit.
// 2016, 2024 and 2025 come from the same Fed series as republished on FRED, where the four "US dollars
// per unit" currencies are stored the other way round; those years sit in UNITS_PER_USD for them.
type YearTable = Readonly<Partial<Record<number, number>>>;

const USD_PER_UNIT: Readonly<Record<string, YearTable>> = {
  AUD: { 2014: 0.9034, 2015: 0.7522, 2017: 0.7671, 2018: 0.7481, 2019: 0.6952, 2020: 0.6899, 2021: 0.7515, 2022: 0.6951, 2023: 0.6644 },
  EUR: { 2014: 1.3297, 2015: 1.1096, 2017: 1.1301, 2018: 1.1817, 2019: 1.1194, 2020: 1.141, 2021: 1.183, 2022: 1.0534, 2023: 1.0817 },
  GBP: { 2014: 1.6484, 2015: 1.5284, 2017: 1.289, 2018: 1.3363, 2019: 1.2768, 2020: 1.2829, 2021: 1.3764, 2022: 1.2371, 2023: 1.244 },
  NZD: { 2014: 0.8313, 2015: 0.7001, 2017: 0.7111, 2018: 0.6929, 2019: 0.6591, 2020: 0.6498, 2021: 0.7074, 2022: 0.6361, 2023: 0.6143 },
};

const UNITS_PER_USD: Readonly<Record<string, YearTable>> = {
  AUD: { 2016: 1.3432, 2024: 1.5158, 2025: 1.5504 },
  EUR: { 2016: 0.9032, 2024: 0.9242, 2025: 0.8845 },
  NZD: { 2016: 1.4335, 2024: 1.6529, 2025: 1.7176 },
  BRL: { 2014: 2.3512, 2015: 3.336, 2016: 3.4839, 2017: 3.191, 2018: 3.6513, 2019: 3.944, 2020: 5.1587, 2021: 5.3958, 2022: 5.1605, 2023: 4.9946, 2024: 5.3872, 2025: 5.5891 },
  CAD: { 2014: 1.1043, 2015: 1.2791, 2016: 1.3243, 2017: 1.2984, 2018: 1.2957, 2019: 1.3269, 2020: 1.3422, 2021: 1.2533, 2022: 1.3014, 2023: 1.3494, 2024: 1.3699, 2025: 1.3973 },
  CHF: { 2014: 0.9147, 2015: 0.9628, 2016: 0.9848, 2017: 0.9842, 2018: 0.9784, 2019: 0.9937, 2020: 0.9389, 2021: 0.9144, 2022: 0.955, 2023: 0.8984, 2024: 0.8808, 2025: 0.8305 },
  CNY: { 2014: 6.162, 2015: 6.2827, 2016: 6.64, 2017: 6.7569, 2018: 6.609, 2019: 6.9081, 2020: 6.9042, 2021: 6.4508, 2022: 6.729, 2023: 7.0809, 2024: 7.1957, 2025: 7.1875 },
  DKK: { 2014: 5.6151, 2015: 6.7263, 2016: 6.7276, 2017: 6.5957, 2018: 6.3131, 2019: 6.6703, 2020: 6.543, 2021: 6.2897, 2022: 7.0786, 2023: 6.89, 2024: 6.8955, 2025: 6.6137 },
  HKD: { 2014: 7.7545, 2015: 7.7524, 2016: 7.762, 2017: 7.7926, 2018: 7.8376, 2019: 7.8351, 2020: 7.7559, 2021: 7.7727, 2022: 7.8306, 2023: 7.8292, 2024: 7.803, 2025: 7.7956 },
  INR: { 2014: 61.0, 2015: 64.11, 2016: 67.1572, 2017: 65.0659, 2018: 68.3734, 2019: 70.3777, 2020: 74.1429, 2021: 73.9351, 2022: 78.5792, 2023: 82.5708, 2024: 83.6566, 2025: 87.1468 },
  JPY: { 2014: 105.74, 2015: 121.05, 2016: 108.6569, 2017: 112.0986, 2018: 110.3974, 2019: 109.0188, 2020: 106.7754, 2021: 109.8429, 2022: 131.4589, 2023: 140.5001, 2024: 151.4551, 2025: 149.5686 },
  KRW: { 2014: 1052.29, 2015: 1130.96, 2016: 1159.3422, 2017: 1129.0435, 2018: 1099.2926, 2019: 1165.8016, 2020: 1180.5554, 2021: 1144.8911, 2022: 1291.7796, 2023: 1306.7637, 2024: 1363.4381, 2025: 1421.3963 },
  LKR: { 2014: 130.536, 2015: 135.869, 2017: 152.4346, 2018: 162.2534, 2019: 178.5137, 2020: 185.3319, 2021: 197.8963, 2022: 321.5261, 2023: 326.6297 },
  MXN: { 2014: 13.302, 2015: 15.873, 2016: 18.6674, 2017: 18.8841, 2018: 19.2179, 2019: 19.2469, 2020: 21.5462, 2021: 20.2844, 2022: 20.1208, 2023: 17.7334, 2024: 18.3062, 2025: 19.2052 },
  MYR: { 2014: 3.2697, 2015: 3.9041, 2016: 4.1372, 2017: 4.2982, 2018: 4.0307, 2019: 4.1416, 2020: 4.2029, 2021: 4.1439, 2022: 4.3982, 2023: 4.5577, 2024: 4.5747, 2025: 4.2809 },
  NOK: { 2014: 6.2969, 2015: 8.0681, 2016: 8.3936, 2017: 8.2679, 2018: 8.1318, 2019: 8.8001, 2020: 9.4283, 2021: 8.5955, 2022: 9.6138, 2023: 10.5659, 2024: 10.7574, 2025: 10.3852 },
  SEK: { 2014: 6.8576, 2015: 8.435, 2016: 8.5541, 2017: 8.543, 2018: 8.6945, 2019: 9.4604, 2020: 9.2167, 2021: 8.5812, 2022: 10.1177, 2023: 10.6089, 2024: 10.5744, 2025: 9.806 },
  SGD: { 2014: 1.2665, 2015: 1.3746, 2016: 1.38, 2017: 1.3802, 2018: 1.3486, 2019: 1.3641, 2020: 1.38, 2021: 1.3438, 2022: 1.3787, 2023: 1.3428, 2024: 1.3363, 2025: 1.3065 },
  THB: { 2014: 32.461, 2015: 34.241, 2016: 35.2635, 2017: 33.9134, 2018: 32.3035, 2019: 31.0419, 2020: 31.307, 2021: 32.0052, 2022: 35.05, 2023: 34.7841, 2024: 35.2845, 2025: 32.8619 },
  TWD: { 2014: 30.299, 2015: 31.744, 2016: 32.2264, 2017: 30.4016, 2018: 30.1294, 2019: 30.9049, 2020: 29.4568, 2021: 27.9366, 2022: 29.7963, 2023: 31.1525, 2024: 32.1064, 2025: 31.1663 },
  ZAR: { 2014: 10.842, 2015: 12.7645, 2016: 14.6821, 2017: 13.2943, 2018: 13.2255, 2019: 14.4475, 2020: 16.4932, 2021: 14.7751, 2022: 16.3598, 2023: 18.4535, 2024: 18.3346, 2025: 17.8782 },
};

/** US dollars per unit of `currency`, averaged over `year`; `null` where the table has no rate. */
export function usdPerUnit(currency: string, year: number): number | null {
  if (currency === 'USD') return 1;
  const direct = USD_PER_UNIT[currency]?.[year];
  if (direct !== undefined) return direct;
  const inverse = UNITS_PER_USD[currency]?.[year];
  return inverse === undefined ? null : 1 / inverse;
}

/** `amount` in US dollars at the yearly average of `year`, or `undefined` where no rate is known. */
export function toUsd(amount: number, currency: string, year: number): number | undefined {
  const rate = usdPerUnit(currency, year);
  if (rate === null) return undefined;
  // Rounded to the cent: the rate's precision is four digits, more would be false accuracy.
  return currency === 'USD' ? amount : Math.round(amount * rate * 100) / 100;
}

/** The currencies that have at least one rate: what docs/currency-rates.md lists. */
export function currenciesWithRates(): string[] {
  return [...new Set([...Object.keys(USD_PER_UNIT), ...Object.keys(UNITS_PER_USD)])].sort();
}
