import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../compile-post.ts';
import { extractFigures } from './money.ts';
import { findMoney, readNumber } from './money-amounts.ts';
import { postSentences } from './plain-text.ts';

/** The one amount a sentence states, as [amount, currency]. */
function amountOf(text: string): [number, string] | null {
  const found = findMoney(text);
  if (found.length !== 1) return null;
  const [only] = found;
  return only ? [only.amount, only.currency] : null;
}

/** Figures of a made-up post: a title, then one paragraph per string. */
function figuresOf(paragraphs: string[], day = '2020-06-01') {
  const sentences = paragraphs.map((text, paragraph) => ({ text, paragraph }));
  return extractFigures(sentences, day);
}

function kindOf(sentence: string, title = 'A news post'): string | undefined {
  const figures = figuresOf([title, sentence]);
  return figures.length === 1 ? figures[0]?.kind : `${figures.length} figures`;
}

describe('currencies', () => {
  it.each([
    ['They paid $500 for it.', 500, 'USD'],
    ['It cost US$349 at launch.', 349, 'USD'],
    ['It cost US $349 at launch.', 349, 'USD'],
    ['The grant was A$2 million.', 2e6, 'AUD'],
    ['The grant was AU$2 million.', 2e6, 'AUD'],
    ['Bail was set at C$50,000.', 50000, 'CAD'],
    ['Bail was set at CA $50,000.', 50000, 'CAD'],
    ['The fund holds HK$3 billion.', 3e9, 'HKD'],
    ['The plan costs NZ$10m.', 10e6, 'NZD'],
    ['The fine was S$30,000.', 30000, 'SGD'],
    ['The firm raised R$40 million.', 40e6, 'BRL'],
    ['The bill came to EUR 4.8 million.', 4.8e6, 'EUR'],
    ['The bill came to €4.8 million.', 4.8e6, 'EUR'],
    ['The bill came to £4.8 million.', 4.8e6, 'GBP'],
    ['The bill came to GBP 4.8 million.', 4.8e6, 'GBP'],
    ['The bill came to ₹4.8 lakh.', 480000, 'INR'],
    ['The bill came to Rs 4.8 lakh.', 480000, 'INR'],
    ['The bill came to Rs. 24,860.', 24860, 'INR'],
    ['The earphones sell for Rs.10499 online.', 10499, 'INR'],
    ['The bill came to INR 500 crore.', 5e9, 'INR'],
    ['Coins worth ¥48.2 billion were taken.', 48.2e9, 'JPY'],
    ['Coins worth JPY 48.2 billion were taken.', 48.2e9, 'JPY'],
    ['He earned 16,999 yuan a month.', 16999, 'CNY'],
    ['He earned CNY 16,999 a month.', 16999, 'CNY'],
    ['He earned RMB 16,999 a month.', 16999, 'CNY'],
    ['The exchange lost ₩5.5 billion.', 5.5e9, 'KRW'],
    ['The exchange lost 5.5 billion won.', 5.5e9, 'KRW'],
    ['The exchange lost KRW 5.5 billion.', 5.5e9, 'KRW'],
    ['The bank lost 35 million rubles.', 35e6, 'RUB'],
    ['The bank lost 35 million roubles.', 35e6, 'RUB'],
    ['The bank lost ₽35 million.', 35e6, 'RUB'],
    ['The bank lost RUB 35 million.', 35e6, 'RUB'],
    ['The fee is CHF 900.', 900, 'CHF'],
    ['The fee is 900 Swiss francs.', 900, 'CHF'],
    ['The fee is AUD 900.', 900, 'AUD'],
    ['The fee is CAD 900.', 900, 'CAD'],
    ['The fee is SGD 900.', 900, 'SGD'],
    ['The fee is BRL 900.', 900, 'BRL'],
    ['The fee is ZAR 900.', 900, 'ZAR'],
    ['The fee is 900 rand.', 900, 'ZAR'],
    ['The fee is NGN 900,000.', 900000, 'NGN'],
    ['The fee is 900,000 naira.', 900000, 'NGN'],
    ['The fee is UAH 900.', 900, 'UAH'],
    ['The fee is 900 hryvnias.', 900, 'UAH'],
    ['The fee is NOK 350 million.', 350e6, 'NOK'],
    ['The target was 100 million euros.', 100e6, 'EUR'],
    ['She lost 5,000 pounds to the scheme.', 5000, 'GBP'],
    ['She lost 3 lakh rupees to the scheme.', 300000, 'INR'],
    ['He sent 100 thousand US dollars.', 100000, 'USD'],
    ['He sent 11 million Chinese yuan.', 11e6, 'CNY'],
    ['He sent 2 million Canadian dollars.', 2e6, 'CAD'],
    ['The group stole more than four million dollars.', 4e6, 'USD'],
    ['The board offered a million dollars for it.', 1e6, 'USD'],
    ['A $6 billion USD provider was hit.', 6e9, 'USD'],
    ['The $7.8 billion Cdn project stalled.', 7.8e9, 'CAD'],
    ['The course is worth 199.99$ normally.', 199.99, 'USD'],
    ['The state put in 25 million $ last year.', 25e6, 'USD'],
  ])('%s', (text, amount, currency) => {
    expect(amountOf(text)).toEqual([amount, currency]);
  });

  it.each([
    ['The note asked for 200 bitcoins.', 200, 'BTC'],
    ['The note asked for one bitcoin.', 1, 'BTC'],
    ['The note asked for six bitcoin.', 6, 'BTC'],
    ['Attackers took 4,502.9 BTC.', 4502.9, 'BTC'],
    ['Attackers took 342,000 ETH.', 342000, 'ETH'],
    ['Attackers took 342,000 ether.', 342000, 'ETH'],
    ['The miner earned 12 XMR.', 12, 'XMR'],
    ['The miner earned 12 Monero.', 12, 'XMR'],
    ['They moved 25.5 million USDT.', 25.5e6, 'USDT'],
    ['They moved 25.5 million Tether.', 25.5e6, 'USDT'],
    ['They moved 25.5 million USDC.', 25.5e6, 'USDC'],
  ])('crypto by ticker: %s', (text, amount, currency) => {
    expect(amountOf(text)).toEqual([amount, currency]);
  });
});

describe('multipliers', () => {
  it.each([
    ['$15 thousand', 15000],
    ['$15k', 15000],
    ['$15K', 15000],
    ['$4.8m', 4.8e6],
    ['$4.8M', 4.8e6],
    ['$4.8mn', 4.8e6],
    ['$4.8 million', 4.8e6],
    ['$4.8 Million', 4.8e6],
    ['$4.8million', 4.8e6],
    ['$2b', 2e9],
    ['$2B', 2e9],
    ['$2bn', 2e9],
    ['€1.2bn', 1.2e9],
    ['$2 billion', 2e9],
    ['$1.75 trillion', 1.75e12],
    ['₹1,966 crore', 19.66e9],
    ['Rs 50 cr', 500e6],
    ['Rs 4.8 lakh', 480000],
    ['Rs 4 lac', 400000],
    ['Rs 1.4 lakh crore', 1.4e12],
  ])('%s', (text, amount) => {
    expect(amountOf(`It was ${text} in all.`)?.[0]).toBe(amount);
  });

  it('does not read a unit glued to the number as a multiplier', () => {
    expect(findMoney('The plan includes $5 MB of storage.').map((found) => found.amount)).toEqual([5]);
  });
});

describe('digit grouping', () => {
  it.each([
    ['$4,80,000', 480000],
    ['$1,00,000', 100000],
    ['₹19,66,00,00,000', 19660000000],
    ['$1,234,567', 1234567],
    ['€1.234.567', 1234567],
    ['€1.234.567,89', 1234567.89],
    ['$1,234,567.89', 1234567.89],
    ['€1.500', 1500],
    ['$ 1 234 567', 1234567],
    ['1 234 567 €', 1234567],
    ['2,5 million euros', 2.5e6],
    ['€1,5 Mio.', 1.5e6],
    ['$2.99', 2.99],
    ['0.8 bitcoin', 0.8],
  ])('%s', (text, amount) => {
    expect(amountOf(`It came to ${text} this year.`)?.[0]).toBe(amount);
  });

  it('keeps three decimals for crypto, where "1.234" is not a thousands point', () => {
    expect(amountOf('The wallet held 1.234 BTC.')).toEqual([1.234, 'BTC']);
  });

  it('refuses digits that cannot be one amount', () => {
    expect(readNumber('1,2345', false, false)).toBeNull();
    expect(readNumber('2.1.4', false, false)).toBeNull();
    // A lone decimal comma is read only before a multiplier: "€2,5" alone is ambiguous.
    expect(readNumber('2,5', false, false)).toBeNull();
    expect(readNumber('2,5', true, false)).toBe(2.5);
  });
});

describe('ranges', () => {
  it.each([
    ['The bill is $5-10 million.', '$5-10 million', 5e6, 10e6],
    ['The bill is $5–10 million.', '$5–10 million', 5e6, 10e6],
    ['The bill is $5 million to $10 million.', '$5 million to $10 million', 5e6, 10e6],
    ['The bill is between $2m and $3m.', '$2m and $3m', 2e6, 3e6],
    ['It cost NOK 300-350 million.', 'NOK 300-350 million', 300e6, 350e6],
    ['Fines run from 6 to 18 million rubles.', '6 to 18 million rubles', 6e6, 18e6],
    ['Access costs 7 thousand to 100 thousand rubles.', '7 thousand to 100 thousand rubles', 7000, 100000],
    ['The phones sell for Rs 4,500-Rs 5,000.', 'Rs 4,500-Rs 5,000', 4500, 5000],
    ['The drop was $94,000-$282,000.', '$94,000-$282,000', 94000, 282000],
  ])('%s', (text, span, amount, amountMax) => {
    const [found] = findMoney(text);
    expect(found).toMatchObject({ text: span, amount, amountMax });
    expect(findMoney(text)).toHaveLength(1);
  });

  it('gives a range one figure with its lower bound', () => {
    const figures = figuresOf(['A post', 'Recovery will cost $5-10 million.']);
    expect(figures).toEqual([expect.objectContaining({ amount: 5e6, amountMax: 10e6, currency: 'USD' })]);
  });

  it('reads a change from one amount to another as two amounts', () => {
    expect(findMoney('Losses were down 40% (from €2.5 million to €1.5 million).').map((found) => found.amount)).toEqual([2.5e6, 1.5e6]);
    expect(findMoney('The vendor raised the price from $1,499 to $1,729.').map((found) => found.amount)).toEqual([1499, 1729]);
  });

  it('reads "and" without "between" as two amounts', () => {
    expect(findMoney('The losses were $44,000 and $25,000 respectively.').map((found) => found.amount)).toEqual([44000, 25000]);
    expect(findMoney('They carried €20,000 and $20,000 in cash.').map((found) => [found.amount, found.currency])).toEqual([
      [20000, 'EUR'],
      [20000, 'USD'],
    ]);
  });

  it('does not take a count after "to" for the top of a range', () => {
    expect(findMoney('It paid $300 to 1,000 victims.').map((found) => found.text)).toEqual(['$300']);
  });
});

describe('qualifiers', () => {
  it.each([
    ['The heist took nearly $1 million.', 'nearly $1 million'],
    ['The heist took over $1 million.', 'over $1 million'],
    ['The heist took more than $1 million.', 'more than $1 million'],
    ['The heist took about $1 million.', 'about $1 million'],
    ['The reward is up to $1 million.', 'up to $1 million'],
  ])('%s keeps the qualifier in the text, not the amount', (text, span) => {
    const [found] = findMoney(text);
    expect(found).toMatchObject({ text: span, amount: 1e6 });
  });
});

describe('not figures', () => {
  it.each([
    ['amounts without a currency', 'The breach exposed 500 million records.'],
    ['percentages', 'Attacks rose 20% to 5,000 a day.'],
    ['version numbers', 'Windows 10 bitcoin miner, version 2.5.1, runs on iOS 13.2.'],
    ['years before a currency word', 'Since the 2018 bitcoin crash, 2019 dollars buy less.'],
    ['phone numbers', 'Call +1 800 555 0199 for help.'],
    ['the verb "won"', "The team won 3 games but won't play."],
    ['"$" inside a word', 'The movie Ca$h (2010) and the RS-485 bus.'],
    ['"a" without a multiplier', 'It is a dollar store.'],
    ['counts in crores', 'Over 50 crore users now own phones.'],
  ])('%s', (_name, text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('kinds', () => {
  it.each([
    ['theft', 'Hackers stole $571 million from the exchange.'],
    ['theft', 'The bridge was drained of $100 million.'],
    ['theft', 'Victims lost $2.3 million to the email scam.'],
    ['theft', 'The scheme generated at least $88 million for the crooks.'],
    ['ransom', 'The gang demanded a $14 million ransom.'],
    ['ransom', 'The hospital paid 40 bitcoins for a decryption key.'],
    ['ransom', 'The operators asked for $2 million in bitcoin.'],
    ['fine', 'The regulator fined the airline £20 million.'],
    ['fine', 'The company agreed to a $100 million settlement with the FTC.'],
    ['bounty', 'The vendor paid a $15,000 bug bounty.'],
    ['bounty', 'The State Department offers up to $10 million for information on the group.'],
    ['loss', 'The attack will cost the company $95 million.'],
    ['loss', 'The firm booked $10 million of costs from the incident.'],
    ['damages', 'The botnet caused over $100 million in losses worldwide.'],
    ['damages', 'Cybercrime costs the global economy $445 billion a year.'],
    ['funding', 'The government set aside £1.9 billion for the strategy.'],
    ['funding', 'The startup raised $85 million in a funding round.'],
    ['price', 'The malware kit sells for $1,000 on the forum.'],
    ['price', 'The service is priced at $2.99 per month.'],
    ['other', 'The company reported revenue of $3 billion.'],
    ['other', 'He was released on $200,000 bail.'],
    ['other', 'Police seized $500,000 of the laundered funds.'],
    ['other', 'A $6 billion healthcare provider was hit by ransomware.'],
    // Prices: products, services, and stolen data or access on sale.
    ['price', 'The phone launched in India for Rs. 19,900.'],
    ['price', 'The smart home accessories they had installed cost them $700.'],
    ['price', 'The agency paid the company over $820,000 for surveillance cameras.'],
    ['price', 'Access to the compromised network is offered for $10,000 on an underground forum.'],
    ['price', 'The seller is asking $5,000 for the database.'],
    ['price', 'The ransomware gang is selling the stolen files for $50,000 on its leak site.'],
    ['price', 'For $2/day anyone could search the leaked records.'],
    ['price', 'Spend a million dollars with Media Bridge and you will have a million supporters.'],
    ['price', 'Gears 5 -- $40'],
    // Prizes: a bounty where they pay for exploits of real products, else other; court awards are damages.
    ['bounty', 'The team won $200,000 at Pwn2Own for a Safari exploit.'],
    ['bounty', 'The top prize is now $1 million for a full chain remote code execution exploit.'],
    ['other', 'The winner of the hackathon gets a $10,000 prize.'],
    ['other', 'A student won $2,000 in the capture-the-flag contest.'],
    ['damages', 'A jury awarded $5 million in damages to the victims.'],
    // What hackers took.
    ['theft', 'The teenager hacked the bank website to steal $7000.'],
    ['theft', 'He hacked into the payroll system and diverted $7,000 to his own account.'],
    ['theft', 'The bridge was exploited for $100 million.'],
    ['theft', 'The hackers got away with $7 million.'],
    ['theft', 'BEC scam costs media giant Nikkei $29 million'],
  ])('%s: %s', (kind, sentence) => {
    expect(kindOf(sentence)).toBe(kind);
  });

  it('gives a conversion the kind of the amount it converts', () => {
    const figures = figuresOf(['A post', 'The hospital paid 40 bitcoins, worth about $17,000, for a decryption key.']);
    expect(figures.map((figure) => [figure.amount, figure.currency, figure.kind])).toEqual([
      [40, 'BTC', 'ransom'],
      [17000, 'USD', 'ransom'],
    ]);
  });

  it('lets an amount without a cue share its neighbour\'s', () => {
    const figures = figuresOf(['A post', 'The gang demanded $10 million, later lowered to $9.7 million.']);
    expect(figures.map((figure) => figure.kind)).toEqual(['ransom', 'ransom']);
  });

  it('reads the sentence before in the same paragraph when a sentence has no cue', () => {
    const sentences = [
      { text: 'A post', paragraph: 0 },
      { text: 'Attacks on ports would cause $28 billion in damages in Asia.', paragraph: 1 },
      { text: 'Next was Europe, at $623 million.', paragraph: 1 },
    ];
    expect(extractFigures(sentences, '2019-10-30').map((figure) => figure.kind)).toEqual(['damages', 'damages']);
  });

  it('treats the lost money of scam victims as theft', () => {
    expect(kindOf('She lost Rs 16,000 to the fake shop.', 'Online shoppers duped by fake shops')).toBe('theft');
  });

  it('keeps each award to its own clause', () => {
    const figures = figuresOf(['A post', 'A jury awarded $3 million in damages, and the city awarded a $750,000 contract to a security firm.']);
    expect(figures.map((figure) => figure.kind)).toEqual(['damages', 'price']);
  });

  it('reads "thieving" as theft', () => {
    expect(kindOf('Two men arrested for thieving $80,000 in cryptocurrency through SIM swaps.')).toBe('theft');
  });

  it('reads a payment for a tool as its price, whatever bugs the seller promises to fix', () => {
    expect(kindOf('The seller asks $250 in payment for the loader and promises free bug fixes.')).toBe('price');
  });

  it('reads "stole only $500" as theft: an offer word is weaker than any kind', () => {
    expect(kindOf('The thieves stole only $500 from the till.')).toBe('theft');
  });

  it('ignores a cue that the text negates', () => {
    expect(kindOf('The $10 million is a reward offer, not a ransom.')).toBe('bounty');
  });
});

describe('extractFigures', () => {
  it('lists an amount once, in text order, with the kind of its most specific mention', () => {
    const figures = figuresOf([
      'Exchange loses $52 million',
      'The $52 million was taken in a heist on Tuesday.',
      'The exchange also holds $300 million.',
    ]);
    expect(figures.map((figure) => [figure.text, figure.kind])).toEqual([
      ['$52 million', 'theft'],
      ['$300 million', 'other'],
    ]);
    expect(figures[0]?.sentence).toBe('Exchange loses $52 million');
  });

  it('marks as totals the amounts of a sentence that goes on with a ranking of totals, not a part of one', () => {
    const ranking = extractFigures(
      [
        { text: 'A post', paragraph: 0 },
        { text: 'Army personnel lost $142 million to scams since 2012.', paragraph: 1 },
        { text: 'This was followed by the Navy, losing $62 million.', paragraph: 1 },
      ],
      '2020-01-05',
    );
    expect(ranking.map((figure) => figure.total === true)).toEqual([true, true]);
    const part = extractFigures(
      [
        { text: 'A post', paragraph: 0 },
        { text: 'North Korean hackers stole a record $1.7 billion in 2022.', paragraph: 1 },
        { text: 'This included $620 million from the Ronin bridge.', paragraph: 1 },
      ],
      '2023-02-01',
    );
    expect(part.map((figure) => figure.total === true)).toEqual([true, false]);
  });

  it('sets usd for dollars, and for fiat only from the yearly table', () => {
    const [usd, eur, rub, btc] = figuresOf(['A post', 'It took $100, €100, 100 rubles and 100 BTC.'], '2019-05-01');
    expect(usd?.usd).toBe(100);
    expect(eur?.usd).toBe(111.94);
    // No rate is guessed: the table has no ruble, and crypto is never converted.
    expect(rub?.usd).toBeUndefined();
    expect(btc?.usd).toBeUndefined();
  });

  it('leaves usd out for a year the table does not cover', () => {
    const [figure] = figuresOf(['A post', 'It took €100.'], '2009-05-01');
    expect(figure).toBeDefined();
    expect(figure?.usd).toBeUndefined();
  });

  it('finds exactly the $571 million theft in the seed post', () => {
    const file = path.resolve(import.meta.dirname, '../../../public/content/posts/2020-01-11-lazarus-telegram-crypto-theft.md');
    const post = compilePost(file, readFileSync(file, 'utf8')).post;
    if (!post) throw new Error('the seed post does not compile');
    const figures = extractFigures(postSentences(post.title, post.text), post.date.day);
    expect(figures).toEqual([
      expect.objectContaining({ text: '$571 million', amount: 571000000, currency: 'USD', kind: 'theft', usd: 571000000 }),
    ]);
  });
});
