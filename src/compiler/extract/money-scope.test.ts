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

describe('spans, many events and scenarios', () => {
  it('reads a span of years, money from many events, and forecasts or scenarios as no incident’s amount', () => {
    expect(totalOf('Veterans lost 405 million dollars to scammers since 2012.')).toBe(true);
    expect(totalOf('Bank and lender scams were the highest, with a loss of 111,709,530 dollars.')).toBe(true);
    expect(totalOf('Ransomware attacks were by far the costliest at $20 million.')).toBe(true);
    expect(totalOf('The group is said to have amassed $2bn from such attacks.')).toBe(true);
    expect(totalOf('The manufacturing industry could see losses of $23.6 billion.')).toBe(true);
    expect(totalOf('One cyber attack can cost major ports $110 billion.')).toBe(true);
    expect(totalOf('Cybercrime damage is expected to reach $6 trillion by 2021.')).toBe(true);
    expect(totalOf('A company that suffers a data breach will spend about $4 million to recover.')).toBe(true);
    expect(totalOf('The average ransom payment rose to $1.5 million.')).toBe(true);
  });

  it('reads a scenario only before the amount, and not "will": that is how an incident’s cost is reported', () => {
    expect(totalOf('They were worth 58 billion won at the time and would be worth far more today.')).toBe(false);
    expect(totalOf('The attack on the broadcaster will cost it about €4.8 million.')).toBe(false);
  });

  it('leaves an incident alone', () => {
    expect(totalOf('The ransomware attack will be remembered: it cost the company $95 million.')).toBe(false);
    expect(totalOf('The exchange lost $52 million in one attack.')).toBe(false);
  });
});
