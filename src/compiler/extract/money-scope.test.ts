import { describe, expect, it } from 'vitest';
import { findMoney } from './money-amounts.ts';
import { isPeriodTotal } from './money-scope.ts';

function totalOf(sentence: string): boolean {
  const [mention] = findMoney(sentence);
  if (!mention) throw new Error(`no amount in: ${sentence}`);
  return isPeriodTotal(sentence, mention);
}

describe('isPeriodTotal', () => {
  it('reads yearly and multi-incident totals as totals', () => {
    expect(totalOf('North Korean hackers stole a record $1.7 billion in crypto in 2022.')).toBe(true);
    expect(totalOf('Ransomware payments fell to $814 million last year across all attacks.')).toBe(true);
    expect(totalOf('The scams cost victims $100 million a year.')).toBe(true);
    expect(totalOf('In total, the group took $3 billion from exchanges.')).toBe(true);
  });

  it("leaves one incident's amount alone, even with a year", () => {
    expect(totalOf('Hackers stole $530 million from Coincheck in 2018.')).toBe(false);
    expect(totalOf('Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.')).toBe(false);
    expect(totalOf('The gang demanded $70 million to unlock the files.')).toBe(false);
  });

  it("reads only the amount's own clause", () => {
    expect(totalOf('Bybit lost $1.5 billion on Friday; thefts last year totalled far less.')).toBe(false);
  });
});
