/**
 * Money figures in a post's sentences: each amount the text states with a currency, read as written
 * ("$4,80,000", "€1.2bn", "Rs 4.8 lakh", "6-10 million rubles", "200 bitcoins"), and what the money was
 * (theft, ransom, fine ...) from the words around it, per the figures rules of docs/labeling.md.
 *
 * Two steps: find the amounts (patterns below, compiled once), then decide each one's kind from cue
 * words in its sentence. The only conversion is `usd`, from the yearly table in currency-rates.ts.
 */
import type { Figure, FigureKind } from '../../model/data-format.ts';
import { toUsd } from './currency-rates.ts';
import type { Sentence } from './plain-text.ts';

/** An amount found in a sentence. `start`/`end` span `text` (qualifier included) in the sentence. */
export interface MoneyMention {
  start: number;
  end: number;
  text: string;
  amount: number;
  amountMax?: number;
  currency: string;
}

// ---------------------------------------------------------------------------------------------------
// Currencies

/** Tickers whose value swings too much for a yearly rate: never converted. */
const CRYPTO = new Set(['BTC', 'ETH', 'XMR', 'USDT', 'USDC', 'LTC', 'XRP', 'BCH', 'BNB', 'DOGE']);

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD']);

const SYMBOLS: Record<string, string> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'CN¥': 'CNY', 'RMB¥': 'CNY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB',
  '₴': 'UAH', '₦': 'NGN', '₺': 'TRY', '₱': 'PHP', '₪': 'ILS', '₿': 'BTC', '฿': 'THB',
};

// The letters before "$" that name another dollar ("A$", "CA $", "NZ$" ...).
const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', A: 'AUD', AU: 'AUD', AUD: 'AUD', C: 'CAD', CA: 'CAD', CAN: 'CAD', CAD: 'CAD',
  NZ: 'NZD', HK: 'HKD', S: 'SGD', SG: 'SGD', NT: 'TWD', MX: 'MXN', Mex: 'MXN', R: 'BRL',
};

// ISO codes read before a number ("NOK 350 million"). TRY, PHP, RON, COP and tickers are left out here:
// as prefixes they are words, languages or versions more often than money ("ETH 2.0", "COP 26").
const PREFIX_CODES = [
  'USD', 'EUR', 'GBP', 'INR', 'JPY', 'CNY', 'RMB', 'KRW', 'RUB', 'CHF', 'AUD', 'CAD', 'SGD', 'BRL', 'ZAR', 'NGN',
  'UAH', 'NOK', 'SEK', 'DKK', 'PLN', 'HKD', 'NZD', 'MXN', 'ILS', 'AED', 'SAR', 'PKR', 'BDT', 'LKR', 'THB', 'MYR',
  'IDR', 'VND', 'TWD', 'CZK', 'HUF', 'KES', 'EGP', 'ARS', 'CLP', 'QAR', 'KZT',
];
const SUFFIX_CODES = [...PREFIX_CODES, 'TRY', 'PHP', 'CDN', 'Cdn', ...CRYPTO];

// Currency words after a number, with the currency they name alone (null: ambiguous without a
// country, "pesos") and per country adjective.
const WORD_CURRENCY: Record<string, string | null> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  won: 'KRW', rupee: 'INR', rupiah: 'IDR', ruble: 'RUB', rouble: 'RUB', hryvnia: 'UAH', hryvna: 'UAH',
  hryvnya: 'UAH', naira: 'NGN', rand: 'ZAR', franc: null, kronor: 'SEK', krona: 'SEK', kroner: null, krone: null,
  zloty: 'PLN', lira: 'TRY', reais: 'BRL', real: null, peso: null, dirham: null, riyal: null, rial: null,
  shekel: 'ILS', ringgit: 'MYR', baht: 'THB', taka: 'BDT', dong: null, forint: 'HUF', tenge: 'KZT',
  bitcoin: 'BTC', ether: 'ETH', ethereum: 'ETH', monero: 'XMR', tether: 'USDT', litecoin: 'LTC', dogecoin: 'DOGE',
};

const ADJECTIVE_CURRENCY: Record<string, Record<string, string>> = {
  dollar: {
    australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD', singaporean: 'SGD',
    'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD',
  },
  rupee: { pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' },
  pound: { egyptian: 'EGP' },
  ruble: { belarusian: 'BYN' },
  rouble: { belarusian: 'BYN' },
  won: { 'north korean': 'KPW' },
  peso: { mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', argentinian: 'ARS', colombian: 'COP', chilean: 'CLP' },
  franc: { swiss: 'CHF' },
  real: { brazilian: 'BRL' },
  krone: { norwegian: 'NOK', danish: 'DKK' },
  kroner: { norwegian: 'NOK', danish: 'DKK' },
  dirham: { uae: 'AED', emirati: 'AED' },
  riyal: { saudi: 'SAR', qatari: 'QAR' },
  rial: { iranian: 'IRR' },
  dong: { vietnamese: 'VND' },
};

// ---------------------------------------------------------------------------------------------------
// Patterns. No `i` flag: codes and tickers are upper case, and "won", "rand" or "Rs" would meet too many
// ordinary words in other cases. `variants` spells words as written in prose, titles and capitals.

function variants(words: string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    forms.add(word.charAt(0).toUpperCase() + word.slice(1));
    forms.add(word.toUpperCase());
  }
  // Longest first, so "millions" is tried before "million".
  return [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.$]/g, '\\$&').replace(/ /g, '[ \\u00a0]')).join('|');
}

const SP = '[ \\u00a0]';
// Grouped by spaces ("1 234 567"), or digits with points and commas, read later by readNumber.
// Bounded repeats keep a long run of digits from being re-read at every position.
const NUM = String.raw`(?<!\p{N}|\p{N}[.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?!\d|[.,]\d)|\d{1,15}(?:[.,]\d{1,15}){0,6})`;
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?<![\\p{L}\\p{N}])(?:(?:${variants(TENS)})(?:[- ](?:${variants(UNITS)}))?|${variants(UNITS)}|an?|An?)(?:[ -](?:${variants(['hundred'])}))?`;
const MULTIPLIER_WORDS = ['lakh crore', 'milliarden', 'milliard', 'millionen', 'thousand', 'million', 'billion', 'trillion', 'crore', 'lakh', 'lac', 'mn', 'bn', 'tn', 'mln', 'bln', 'mio.', 'mrd.', 'mio', 'mrd', 'cr.', 'cr'];
const MULT = `(?:${SP}?(?:${variants(MULTIPLIER_WORDS.flatMap((word) => (word.length > 3 && !word.endsWith('.') ? [`${word}s`, word] : [word])))})|[kKmMbBtT])(?![\\p{L}\\p{N}])`;
const ADJECTIVES = [
  'us', 'u.s.', 'american', 'australian', 'canadian', 'hong kong', 'singapore', 'singaporean', 'new zealand', 'taiwan',
  'taiwanese', 'chinese', 'japanese', 'south korean', 'north korean', 'korean', 'indian', 'pakistani', 'sri lankan',
  'nepalese', 'russian', 'belarusian', 'ukrainian', 'swiss', 'brazilian', 'south african', 'nigerian', 'mexican',
  'philippine', 'argentine', 'argentinian', 'colombian', 'chilean', 'turkish', 'swedish', 'norwegian', 'danish',
  'polish', 'israeli', 'saudi', 'qatari', 'emirati', 'uae', 'iranian', 'british', 'egyptian', 'kenyan', 'thai',
  'malaysian', 'indonesian', 'vietnamese', 'bangladeshi', 'czech', 'hungarian', 'kazakh',
];
const CURRENCY_WORDS = Object.keys(WORD_CURRENCY).flatMap((word) => (/(?:s|ira|aht|aka|ais|ngit|yen|yuan|won|rand|naira|renminbi|sterling|tenge|ether)$/.test(word) ? [word] : [`${word}s`, word]));
// "won" must not be the verb before an apostrophe ("won't"); "pounds sterling" is one currency.
const SUFFIX_WORD = `(?:(?:${variants(ADJECTIVES)})${SP})?(?:(?:${variants(['pounds sterling', 'pound sterling', 'ethers'])}|${variants(CURRENCY_WORDS.filter((word) => word !== 'won'))})(?![\\p{L}])|(?:won|Won|WON)(?![\\p{L}'’]))`;
const SUFFIX_CODE = `(?:${SUFFIX_CODES.join('|')})(?![\\p{L}\\p{N}])`;
const SUFFIX_SYMBOL = '(?:€|£|₹|₽|₴|₩|¥|\\$)(?![\\p{N}])';
const SUFFIX = `${SP}?(?:${SUFFIX_WORD}|${SUFFIX_CODE}|${SUFFIX_SYMBOL})`;
const DOLLAR_PREFIX = `(?:(?:US|U\\.S\\.|AUD|AU|CAD|CAN|CA|NZ|HK|SG|NT|MX|Mex)${SP}?\\$|[ACSR]\\$|\\$)`;
const PREFIX = `(?<![\\p{L}\\p{N}$])(?:${DOLLAR_PREFIX}|CN¥|RMB¥|[€£¥₹₩₽₴₦₺₱₪₿฿]|(?:${PREFIX_CODES.join('|')})(?=${SP}?\\d)|Rs\\.?(?=${SP}?\\d))`;
// "-" and "–" join any two amounts; "to" and "and" are checked against the words around them.
const RANGE = `(?:${SP}?[-–]${SP}?|${SP}(?:to|and)${SP})`;

// Prefix form: "$5", "US$ 4.8m", "NOK 300-350 million", "$5 million to $10 million", "$6 billion USD".
const PREFIX_RE = new RegExp(
  `(?<cur>${PREFIX})${SP}?(?<num>${NUM})(?<mult>${MULT})?(?:(?<sep>${RANGE})(?<cur2>${PREFIX})?${SP}?(?<num2>${NUM})(?<mult2>${MULT})?)?(?<tail>${SUFFIX})?`,
  'gdu',
);
// Suffix form: "5,000 pounds", "3 lakh rupees", "6 to 18 million rubles", "200 bitcoins", "four million dollars".
const SUFFIX_RE = new RegExp(
  `(?<num>${NUM}|${NUMBER_WORD})(?<mult>${MULT})?(?:(?<sep>${RANGE})(?<num2>${NUM}|${NUMBER_WORD})(?<mult2>${MULT})?)?(?<cur>${SUFFIX})`,
  'gdu',
);

// Cheap tests that rule out most sentences before the full patterns run.
const DIGIT = /\d/;
const PREFIX_HINT = new RegExp(`[$€£¥₹₩₽₴₦₺₱₪₿฿]|Rs|\\b(?:${PREFIX_CODES.join('|')})`);
const SUFFIX_HINT = new RegExp(`[€£₹₽₴₩¥$]|\\b(?:${SUFFIX_CODES.join('|')}|${CURRENCY_WORDS.join('|')}|pounds\\s+sterling)\\b`, 'i');

const QUALIFIER = /(?:^|[\s(])((?:nearly|almost|over|more than|less than|fewer than|about|around|roughly|approximately|approx\.|up to|at least|at most|some|just over|just under|close to|upwards of|in excess of|an estimated|as much as|as little as|under|below|above|exceeding|~)\s*)$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:(?:about|around|roughly|some|approximately)\s+)?$/i;
// "were down 100% (from X to Y)": a verb of change just before "from" makes X and Y two amounts.
const CHANGE_BEFORE = /\b(?:down|up|fell|fall(?:s|en|ing)?|rose|ris(?:e|es|en|ing)|increas\w*|decreas\w*|drop\w*|grew|grow\w*|jump\w*|climb\w*|declin\w*|cut|rais\w*|reduc\w*|lower\w*|doubl\w*|tripl\w*|slash\w*|bump\w*|hik\w*|surg\w*|plung\w*|soar\w*|shr[iu]nk\w*|went|gone)\b[^.;:]{0,60}\bfrom\s+$/i;

// ---------------------------------------------------------------------------------------------------
// Numbers

const MULTIPLIERS: [RegExp, number][] = [
  [/^lakh\s+crore/i, 1e12],
  [/^(?:thousand|k)/i, 1e3],
  [/^(?:lakh|lac)/i, 1e5],
  [/^(?:crore|cr)/i, 1e7],
  [/^(?:million|mn|mln|mio|m$)/i, 1e6],
  [/^(?:billion|bn|bln|mrd|milliard|b$)/i, 1e9],
  [/^(?:trillion|tn|t$)/i, 1e12],
];

function multiplierValue(text: string | undefined): number {
  if (!text) return 1;
  const word = text.trim();
  for (const [pattern, value] of MULTIPLIERS) if (pattern.test(word)) return value;
  return 1;
}

const WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...UNITS.map((word, index) => [word, index + 1] as const),
  ...TENS.map((word, index) => [word, (index + 2) * 10] as const),
  ['a', 1],
  ['an', 1],
]);

/** A number as written in words ("six", "twenty-five", "a hundred"); `null` if it is not one. */
function readNumberWords(text: string): number | null {
  let value = 0;
  let hundred = false;
  for (const part of text.toLowerCase().split(/[\s-]+/)) {
    if (part === 'hundred') hundred = true;
    else if (part in WORD_VALUES) value += WORD_VALUES[part] ?? 0;
    else return null;
  }
  return hundred ? value * 100 : value;
}

/**
 * Reads digits with any grouping: "1,234,567" and Indian "4,80,000"; European "1.234.567" and
 * "1.234,56"; spaced "1 234 567". A lone ",5" is a decimal comma only before a multiplier ("2,5
 * million"); a lone ".500" is a thousands point only for fiat without a multiplier ("€1.500").
 * `null` when the digits cannot be a plain amount (version numbers, "1,2345").
 */
export function readNumber(raw: string, hasMultiplier: boolean, crypto: boolean): number | null {
  const text = raw.replace(/[\s\u00a0\u202f\u2009]/g, '');
  const lastPoint = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastPoint >= 0 && lastComma >= 0) {
    const decimal = lastPoint > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = ''] = text.split(decimal);
    if (text.split(decimal).length !== 2 || !validGroups(whole.split(grouping))) return null;
    return Number(`${whole.split(grouping).join('')}.${fraction}`);
  }
  if (lastComma >= 0) {
    const groups = text.split(',');
    const [whole = '', fraction = ''] = groups;
    if (groups.length === 2 && fraction.length <= 2) return hasMultiplier ? Number(`${whole}.${fraction}`) : null;
    return validGroups(groups) ? Number(groups.join('')) : null;
  }
  if (lastPoint >= 0) {
    const groups = text.split('.');
    const [whole = '', fraction = ''] = groups;
    if (groups.length === 2) {
      const thousands = fraction.length === 3 && !hasMultiplier && !crypto && whole !== '0';
      return thousands ? Number(whole + fraction) : Number(text);
    }
    return validGroups(groups) ? Number(groups.join('')) : null;
  }
  return Number(text);
}

// Western groups (1,234,567) or Indian ones (12,34,567: pairs, then a final three).
function validGroups(groups: string[]): boolean {
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return /^\d+$/.test(first);
  if (first.length < 1 || first.length > 3) return false;
  if (rest.every((group) => group.length === 3)) return true;
  const last = rest[rest.length - 1] ?? '';
  return first.length <= 2 && last.length === 3 && rest.slice(0, -1).every((group) => group.length === 2);
}

// ---------------------------------------------------------------------------------------------------
// Finding amounts

function prefixCurrency(prefix: string): string | null {
  const text = prefix.trim();
  if (text.endsWith('$') && text.length > 1) return DOLLAR_PREFIXES[text.slice(0, -1).trim()] ?? null;
  if (text in SYMBOLS) return SYMBOLS[text] ?? null;
  if (/^Rs\.?$/.test(text)) return 'INR';
  if (text === 'RMB') return 'CNY';
  return /^[A-Z]{3}$/.test(text) ? text : null;
}

function suffixCurrency(suffix: string): string | null {
  const text = suffix.trim().replace(/[\s\u00a0]+/g, ' ');
  if (text in SYMBOLS) return SYMBOLS[text] ?? null;
  if (/^(?:CDN|Cdn)$/.test(text)) return 'CAD';
  if (/^[A-Z]{3,4}$/.test(text)) return text === 'RMB' ? 'CNY' : text;
  const lower = text.toLowerCase().replace(/ sterling$/, '');
  const words = lower.split(' ');
  const word = singular(words[words.length - 1] ?? '');
  const adjective = words.slice(0, -1).join(' ');
  if (!(word in WORD_CURRENCY)) return null;
  const byAdjective = ADJECTIVE_CURRENCY[word]?.[adjective];
  return byAdjective ?? WORD_CURRENCY[word] ?? null;
}

function singular(word: string): string {
  if (word in WORD_CURRENCY) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The currency-less part of an amount: number and multiplier. */
interface Quantity {
  value: number;
  hasMultiplier: boolean;
  raw: number;
}

function quantity(num: string, mult: string | undefined, crypto: boolean): Quantity | null {
  const hasMultiplier = Boolean(mult);
  let raw: number | null;
  if (/^\d/.test(num)) raw = readNumber(num, hasMultiplier, crypto);
  else {
    raw = readNumberWords(num);
    // "a" and "an" are numbers only before a multiplier ("a million dollars", not "a dollar").
    if (/^an?$/i.test(num.trim()) && !hasMultiplier) raw = null;
  }
  if (raw === null || !Number.isFinite(raw)) return null;
  return { value: raw * multiplierValue(mult), hasMultiplier, raw };
}

interface RawMatch {
  start: number;
  end: number;
  firstEnd: number;
  currency: string;
  low: Quantity;
  high: Quantity | null;
  separator: string;
  sameCurrency: boolean;
  secondHasCurrency: boolean;
  /** Where the second amount of "X to Y" starts, to read it alone when the two are not a range. */
  secondStart: number;
  numText: string;
}

function collect(re: RegExp, text: string, form: 'prefix' | 'suffix', out: RawMatch[]): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const groups = match.groups ?? {};
    const indices = match.indices?.groups ?? {};
    const curText = groups.cur ?? '';
    let currency = form === 'prefix' ? prefixCurrency(curText) : suffixCurrency(curText);
    if (form === 'prefix' && curText === '$' && groups.tail) {
      // "$6 billion USD" repeats the currency; "$7.8 billion Cdn" names which dollar the "$" was.
      const tail = suffixCurrency(groups.tail);
      if (tail && DOLLARS.has(tail)) currency = tail;
    }
    const num = groups.num ?? '';
    const firstEnd = (indices.mult ?? indices.num)?.[1] ?? match.index + match[0].length;
    if (!currency) continue;
    const crypto = CRYPTO.has(currency);
    const low = quantity(num, groups.mult, crypto);
    if (!low) continue;
    let high: Quantity | null = null;
    if (groups.num2 !== undefined) {
      high = quantity(groups.num2, groups.mult2, crypto);
    }
    // "€20,000 and $20,000" are two amounts in two currencies.
    const sameCurrency = !groups.cur2 || prefixCurrency(groups.cur2) === currency;
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      firstEnd,
      currency,
      low,
      high,
      separator: (groups.sep ?? '').trim(),
      sameCurrency,
      secondHasCurrency: Boolean(groups.cur2) || form === 'suffix',
      secondStart: (indices.cur2 ?? indices.num2)?.[0] ?? match.index + match[0].length,
      numText: num,
    });
  }
}

const VERSIONED_BEFORE = /\b(?:windows|win|ios|android|macos|version|ver\.|v|iphone|ipad|galaxy|pixel|firefox|chrome|office|xbox|playstation|ps|python|php|java|kernel|linux|ubuntu|edition|gen|generation|series|model|no\.|number|#)\s*$/i;

// A bare year before a currency word is a date, not money ("the 2018 bitcoin crash", "in 2019 dollars");
// a number after a product or version word is a version ("Windows 10 bitcoin miner").
function isDateOrVersion(match: RawMatch, text: string): boolean {
  if (VERSIONED_BEFORE.test(text.slice(Math.max(0, match.start - 20), match.start))) return true;
  if (match.low.hasMultiplier || match.high) return false;
  if (!/^(?:19|20)\d\d$/.test(match.numText)) return false;
  return !/[$€£¥₹₩₽]\s?$/.test(text.slice(Math.max(0, match.start - 2), match.start + 1));
}

/** Whether a matched "X-Y", "X to Y" or "between X and Y" is one range rather than two amounts. */
function isRange(match: RawMatch, text: string): boolean {
  if (!match.high || !match.sameCurrency) return false;
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  if (match.separator === 'and') return BETWEEN_BEFORE.test(before);
  if (match.separator === 'to') {
    // "$300 to 1,000 victims": a bare second number is an amount only with a multiplier or currency.
    if (!match.secondHasCurrency && !match.high.hasMultiplier) return false;
    // "down from €0.25 million to €0.00 million" is a change between two amounts.
    if (CHANGE_BEFORE.test(before)) return false;
  }
  return true;
}

/** The money amounts of one sentence, in text order. */
export function findMoney(text: string): MoneyMention[] {
  const raw: RawMatch[] = [];
  const digits = DIGIT.test(text);
  if (digits && PREFIX_HINT.test(text)) collect(PREFIX_RE, text, 'prefix', raw);
  if (SUFFIX_HINT.test(text)) collect(SUFFIX_RE, text, 'suffix', raw);
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: MoneyMention[] = [];
  let covered = 0;
  for (const match of raw) {
    if (match.start < covered || isDateOrVersion(match, text)) continue;
    const range = match.high && isRange(match, text) ? rangeBounds(match.low, match.high) : null;
    const end = range || !match.high ? match.end : match.firstEnd;
    mentions.push(mention(text, match.start, end, match.currency, range?.[0] ?? match.low.value, range?.[1]));
    covered = end;
    if (match.high && !range) {
      // Two amounts after all ("$44,257,654 and $24,976,528", "from €0.25 million to €0.00 million"):
      // read the second one on its own, from the matched text only so a chain of pairs stays linear.
      const [second] = findMoney(text.slice(match.secondStart, match.end));
      if (second && second.start === 0) {
        mentions.push({ ...second, start: second.start + match.secondStart, end: second.end + match.secondStart });
        covered = second.end + match.secondStart;
      }
    }
  }
  return mentions;
}

// "$5-10 million": the lower bound shares the multiplier written once, after the upper one.
function rangeBounds(low: Quantity, high: Quantity): [number, number] | null {
  const lowValue = !low.hasMultiplier && high.hasMultiplier && low.raw < high.raw ? low.raw * (high.value / high.raw) : low.value;
  return high.value > lowValue ? [lowValue, high.value] : null;
}

function mention(text: string, at: number, end: number, currency: string, amount: number, amountMax?: number): MoneyMention {
  const qualifier = QUALIFIER.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  const start = at - qualifier.length;
  const found: MoneyMention = { start, end, text: text.slice(start, end).trim(), amount: roundAmount(amount), currency };
  if (amountMax !== undefined) found.amountMax = roundAmount(amountMax);
  return found;
}

// Drops the floating-point noise of multiplying (4.8 × 1e5 = 479999.99999999994).
function roundAmount(value: number): number {
  return Number(value.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------------
// Kinds

// Words whose kind depends on the rest of the sentence; `resolve` decides.
type Resolver = 'lostWord' | 'costWord' | 'gainWord' | 'payWord' | 'askWord' | 'priceWord' | 'spendWord';
const RESOLVERS = new Set<FigureKind | Resolver>(['lostWord', 'costWord', 'gainWord', 'payWord', 'askWord', 'priceWord', 'spendWord']);

interface Cue {
  pattern: RegExp;
  kind: FigureKind | Resolver;
  weight: number;
}

function cue(kind: FigureKind | Resolver, weight: number, words: string): Cue {
  return { pattern: new RegExp(`\\b(?:${words})\\b`, 'gi'), kind, weight };
}

// Cue words, each with the kind it signals or a resolver that decides from the rest of the sentence
// ("lost" is theft after a scam, damages across an economy, a loss otherwise). Where cues overlap, the
// longer wins ("economic losses" over "losses", "at current prices" over "prices").
const CUES: Cue[] = [
  cue('theft', 3, String.raw`stole|stolen(?!\s+(?:data|files?|information|records?|credentials?|documents?|passwords?|e-?mails?|details|accounts?|personal|identities))|steal(?:s|ing)?|thefts?|thie(?:f|ves)|heists?|loot(?:ed|ing)?|drain(?:ed|ing|s)?|siphon(?:ed|ing|s)?|embezzl\w*|swindl\w*|defraud\w*|conned|duped|tricked|cheated|robbed|robber(?:y|ies)|stripped\s+of|cash(?:ed)?[- ]out|jackpotting|taken\s+from|took\s+from|scammers?|fraudsters?|unauthori[sz]ed\s+(?:transactions?|withdrawals?|transfers?)`),
  cue('theft', 2, String.raw`frauds?|fraudulent(?:ly)?|scams?|scammed`),
  cue('theft', 1, String.raw`withdr(?:ew|awn|awals?)|transfer(?:red|s)|moved\s+to|sent\s+from|hacks|hack\s+of|exchange\s+hack`),
  // Extortion is weaker than ransom: "steal or extort $1.3 billion" is read as theft.
  cue('ransom', 2.5, String.raw`extort\w*`),
  cue('ransom', 3, String.raw`ransoms?|blackmail\w*|pay-?off|demand(?:s|ed|ing)?|decrypt(?:or|ion\s+key|ion\s+tool)s?|to\s+unlock`),
  cue('ransom', 1, String.raw`in\s+exchange\s+for`),
  cue('fine', 3, String.raw`fine[sd]?(?!-)|penalt(?:y|ies)|penali[sz]\w*|settle(?:ment|ments|d|s)?|charged\s+up\s+to|to\s+end\s+(?:a|the)?\s*(?:\w+\s+){0,3}lawsuit|lawsuits?`),
  cue('fine', 1, String.raw`violations?`),
  cue('bounty', 3, String.raw`bount(?:y|ies)|rewards?(?!\s+(?:vouchers?|points|cards?|miles))|rewarded|awards?(?!-)|awarded|for\s+information|prize\s+money`),
  cue('damages', 3, String.raw`damages?|in\s+(?:\w+\s+){0,2}losses|losses\s+caused|economic\s+(?:losses|costs?|impact)`),
  cue('loss', 2, String.raw`recovery\s+costs?|rebuild\w*|remediat\w*|write-?offs?|wr(?:ote|itten)\s+off|lost\s+(?:revenue|sales|income|business)|(?:revenue|sales|income)\s+lost|bill|knock\w*|effects|impact|hit\s+to\s+(?:\w+\s+){0,3}(?:profits?|earnings|revenue)|cut\s+(?:its|their)\s+(?:results|profits?|earnings|revenue)\s+by`),
  cue('lostWord', 2, String.raw`lost|loses|losing|loosing|lose|loss|losses|suffered|suffers|incur(?:red|s)?`),
  cue('costWord', 2, String.raw`costs?|costing|expenses?|one-time\s+costs?`),
  cue('gainWord', 2, String.raw`made|making|makes|earn(?:s|ed|ing|ings)?|net(?:ted|s)|generat(?:ed|es|ing)|collect(?:ed|s|ing)|amass(?:ed|es|ing)?|raked\s+in|pocket(?:ed|ing)?|obtained|receiv(?:e|ed|es|ing)|income|turnover|revenues?|profits?|proceeds|rais(?:ed|es|ing)(?!\s+(?:it|them|the\s+\w+)\s+to)`),
  // "to pay for the servers" buys something: not a payment to anyone the figures rules name.
  cue('payWord', 2, String.raw`pa(?:y|ys|id|ying)(?!\s+for\b)|payments?|payouts?`),
  cue('askWord', 2, String.raw`ask(?:s|ed|ing)?\s+for|asks|asked|asking`),
  cue('priceWord', 2, String.raw`price[sd]?|pricing|priced\s+at|sells?|sold|selling|for\s+sale|on\s+sale|purchase[sd]?|purchasing|buy|buying|starts?\s+at|starting\s+at|retail(?:s|ing)?\s+(?:at|for)|retail\s+price|subscri\w*|per\s+(?:month|year)|fees?|discount\w*|pre-?orders?|from\s+customers|customers\s+pay`),
  cue('spendWord', 2, String.raw`(?<!double[- ])spend(?:s|ing)?|spent|expenditures?`),
  cue('funding', 3, String.raw`funding|funded|to\s+fund|invest(?:s|ed|ing|ment|ments)?|investors?|grants?|budget\w*|allocat\w*|set\s+aside|earmark\w*|gift(?!\s+(?:vouchers?|cards?|certificates?|codes?))|donat\w*|backing|(?:seed|series\s+[a-f])\s+round|crowdfund\w*`),
  cue('other', 2, String.raw`valuation|market\s+(?:value|cap\w*|size)|m-cap|bail|salar(?:y|ies)|wages?|acquisitions?|acquir\w*|buys|merger|deal|takeover|(?<!(?:before|after|excluding|net\s+of)\s+)insurance|insured|uninsured|exports?|imports?|gdp|loans?|at\s+current\s+prices|current\s+prices`),
  // Weak: laundered money is "other" unless the sentence also says it was stolen.
  cue('other', 0.5, String.raw`launder\w*`),
];

const RANSOM_CONTEXT = /\b(?:ransom\w*|extort\w*|decrypt\w*|leak\s+site|negotiat\w*|gangs?)\b/i;
const PAYMENT_RANSOM_CONTEXT = /\b(?:ransom\w*|extort\w*|decrypt\w*|to\s+unlock|leak\s+site|negotiat\w*|gangs?|demand\w*|bitcoins?|monero|cryptocurrenc\w*)\b/i;
const BOUNTY_CONTEXT = /\b(?:bugs?|bount\w*|vulnerabilit\w*|flaws?|researchers?|rewards?|exploits?|zero-days?|hackerone|bugcrowd)\b/i;
const FINE_CONTEXT = /\b(?:settle\w*|penalt\w*|lawsuits?|fine[sd]?|regulators?|court|class\s+action|judge)\b/i;
const AGGREGATE_CONTEXT = /\b(?:econom(?:y|ies|ic)|global(?:ly)?|worldwide|industr(?:y|ies)|sectors?|regions?|across|combined|nationwide)\b/i;
const THEFT_CONTEXT = /\b(?:stole|stolen|steal\w*|theft|heist|scam\w*|fraud\w*|conned|duped|swindl\w*|robbed|loot\w*|drain\w*|siphon\w*|phishing|wallets?|crypto\w*|bitcoins?|ether(?:eum)?|tokens?|coins?|cards?|transactions|bank\s+accounts?|sim[- ]swap\w*)\b/i;
const INCIDENT_CONTEXT = /\b(?:attack\w*|cyber-?attack\w*|breach\w*|hack\w*|ransomware|incident|outage|malware|intrusion|compromise\w*|notpetya|wannacry|cybercrime\w*|disruption)\b/i;
const CRIME_CONTEXT = /\b(?:hackers?|attackers?|criminals?|cyber-?criminals?|crooks?|fraudsters?|scammers?|thieves|gangs?|scheme|fraud\w*|scam\w*|stole\w*|steal\w*|theft|heist|launder\w*|illicit|illegal\w*|hack(?:s|ed)?|attacks?|extort\w*|ransomware)\b/i;
const TITLE_THEFT_CONTEXT = /\b(?:stole\w*|steal\w*|theft|heist|scam\w*|fraud\w*|conned|duped|swindl\w*|loot\w*|drain\w*)\b/i;
const TITLE_CRIME_CONTEXT = /\b(?:stole\w*|steal\w*|theft|heist|scam\w*|fraud\w*|scheme|launder\w*|extort\w*|crooks|criminals|scammers|fraudsters)\b/i;
const FUNDING_CONTEXT = /\b(?:funding|round|investors?|series\s+[a-f]|seed|capital|venture|backing)\b/i;
const GOVERNMENT_CONTEXT = /\b(?:governments?|govt|ministry|ministries|council|federal|authorities|budget|taxpayers?)\b/i;
const RECOVERY_CONTEXT = /\b(?:to\s+recover|recovery|remediat\w*|rebuild\w*|restor\w*)\b/i;
// Money seized, recovered or frozen is none of the incident kinds: it is what came back.
const RECOVERED_BEFORE = /\b(?:recover(?:ed|s|ing)?|seiz(?:ed|es|ing|ure\s+of)|froze|frozen|freez(?:e|es|ing)|returned|confiscat\w*|clawed\s+back|recoup\w*)\s+(?:\S+\s+){0,4}$/i;
const RECOVERED_AFTER = /^\s*(?:\S+\s+){0,6}?(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:recovered|seized|frozen|returned|confiscated|clawed\s+back)\b/i;
const PART_OF_RANSOM = /^\s*(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}ransom/i;
// "a $6 billion healthcare provider": the amount sizes a business.
const SIZES_A_BUSINESS_BEFORE = /\b(?:an?)\s+$/i;
const SIZES_A_BUSINESS_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:company|companies|firm|provider|business|corporation|conglomerate|start-?up|giant|industry|market|economy|unicorn|enterprise)\b/i;
const NEGATED = /\bnot\s+(?:an?\s+|the\s+)?$/i;

interface CueHit {
  start: number;
  end: number;
  kind: FigureKind | Resolver;
  weight: number;
}

function cueHits(text: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const { pattern, kind, weight } of CUES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (NEGATED.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      hits.push({ start: match.index, end: match.index + match[0].length, kind, weight });
    }
  }
  // Longest first; a hit overlapping a kept one is the same words read a shorter way.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken = new Uint8Array(text.length);
  const kept: CueHit[] = [];
  for (const hit of hits) {
    if (taken.subarray(hit.start, hit.end).includes(1)) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept;
}

function resolve(kind: FigureKind | Resolver, sentence: string, title: string): FigureKind | null {
  const both = `${sentence} ${title}`;
  switch (kind) {
    case 'lostWord':
      if (AGGREGATE_CONTEXT.test(sentence)) return 'damages';
      return THEFT_CONTEXT.test(sentence) || TITLE_THEFT_CONTEXT.test(title) ? 'theft' : 'loss';
    case 'costWord':
      if (AGGREGATE_CONTEXT.test(sentence)) return 'damages';
      return INCIDENT_CONTEXT.test(both) ? 'loss' : 'price';
    case 'gainWord':
      // "received over $120 million in ransom payments": money made from extortion is ransom.
      if (/\bransoms?\b/i.test(sentence)) return 'ransom';
      if (CRIME_CONTEXT.test(sentence) || TITLE_CRIME_CONTEXT.test(title)) return 'theft';
      return FUNDING_CONTEXT.test(sentence) ? 'funding' : 'other';
    case 'payWord':
      for (const text of [sentence, title]) {
        if (PAYMENT_RANSOM_CONTEXT.test(text)) return 'ransom';
        if (BOUNTY_CONTEXT.test(text)) return 'bounty';
        if (FINE_CONTEXT.test(text)) return 'fine';
      }
      return null;
    case 'askWord':
      return PAYMENT_RANSOM_CONTEXT.test(sentence) || PAYMENT_RANSOM_CONTEXT.test(title) ? 'ransom' : null;
    case 'priceWord':
      return RANSOM_CONTEXT.test(sentence) ? 'ransom' : 'price';
    case 'spendWord':
      if (RECOVERY_CONTEXT.test(sentence)) return 'loss';
      return GOVERNMENT_CONTEXT.test(sentence) ? 'funding' : 'other';
    default:
      return kind;
  }
}

// Words between two places in a sentence, with clause breaks counting extra: a cue rarely reaches
// across a semicolon or colon to the amount on the other side, and a comma is a small step away.
// Counted once per sentence as running totals, so each distance is a subtraction.
function distanceMeter(text: string): (from: number, to: number) => number {
  const wordStarts = new Set<number>();
  for (const word of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(word[0])) wordStarts.add(word.index);
  const total = new Float64Array(text.length + 1);
  let running = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (wordStarts.has(index)) running += 1;
    if (char === ';' || char === ':') running += 8;
    else if (char === ',') running += 1;
    total[index + 1] = running;
  }
  return (from, to) => (total[Math.max(from, to)] ?? 0) - (total[Math.min(from, to)] ?? 0);
}

// Filler between an amount and its conversion: "40 bitcoins, worth about $17,000", "£76,000 ($100,000)";
// or between two values of one measure: "fell to £3.4 million, from £391.9 million".
const CONVERSION_GAP = /^[\s(,[~≈–-]*(?:(?:or|i\.e\.|then|now|currently|worth|valued\s+at|equivalent\s+to|equal\s+to|about|around|roughly|approximately|approx\.|nearly|almost|some|over|more\s+than|just\s+over|at\s+least|an\s+estimated|estimated|(?:up|down)\s+from|from|compared\s+(?:with|to)|versus|vs\.)[\s,~]*)*$/i;

interface Group {
  start: number;
  end: number;
  members: number[];
}

function groupConversions(text: string, mentions: MoneyMention[]): Group[] {
  const groups: Group[] = [];
  mentions.forEach((mention, index) => {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last.end, mention.start) : '';
    if (last && gap.length <= 40 && CONVERSION_GAP.test(gap)) {
      last.end = mention.end;
      last.members.push(index);
    } else {
      groups.push({ start: mention.start, end: mention.end, members: [index] });
    }
  });
  return groups;
}

/**
 * A kind, how strongly the words around the amount say it (cue weight over distance), and how
 * specific those words are: 2 a word of the kind itself ("heist", "ransom"), 1 a word read through the
 * sentence ("lost", "paid"), 0 borrowed from a neighbour.
 */
interface KindVote {
  kind: FigureKind;
  score: number;
  tier: number;
}

/** The kind of each mention of one sentence; `null` where no words in the sentence tell. */
function sentenceKinds(text: string, mentions: MoneyMention[], title: string): (KindVote | null)[] {
  const groups = groupConversions(text, mentions);
  const votes: (KindVote | null)[] = groups.map(() => null);
  const vote = (index: number, kind: FigureKind, score: number, tier: number) => {
    const current = votes[index];
    if (!current || score > current.score) votes[index] = { kind, score, tier };
  };
  const distance = distanceMeter(text);
  // A resolver reads the whole sentence, so each is asked once per sentence.
  const resolved = new Map<FigureKind | Resolver, FigureKind | null>();
  const inMention = new Uint8Array(text.length);
  for (const mention of mentions) inMention.fill(1, mention.start, mention.end);
  const hits = cueHits(text).filter((hit) => !inMention.subarray(hit.start, hit.end).includes(1));
  for (const hit of hits) {
    // Each cue speaks for the nearest amount only.
    let best = -1;
    let bestDistance = Infinity;
    groups.forEach((group, index) => {
      const d = hit.end <= group.start ? distance(hit.end, group.start) : distance(group.end, hit.start);
      if (d < bestDistance) {
        best = index;
        bestDistance = d;
      }
    });
    if (best < 0 || bestDistance > 30) continue;
    let kind = resolved.get(hit.kind);
    if (kind === undefined) {
      kind = resolve(hit.kind, text, title);
      resolved.set(hit.kind, kind);
    }
    // At equal distance the words before an amount govern it more often than those after.
    const tier = RESOLVERS.has(hit.kind) ? 1 : 2;
    if (kind) vote(best, kind, (hit.weight / (1 + bestDistance)) * (hit.end <= (groups[best]?.start ?? 0) ? 1.1 : 1), tier);
  }
  groups.forEach((group, index) => {
    // The words right around the amount; the rules below look no further.
    const before = text.slice(Math.max(0, group.start - 80), group.start);
    const after = text.slice(group.end, group.end + 80);
    if (SIZES_A_BUSINESS_BEFORE.test(before) && SIZES_A_BUSINESS_AFTER.test(after)) vote(index, 'other', 10, 2);
    // "$100 off", "$20/month": a discount or a subscription is a price.
    if (/^\s*(?:off\b|\/\s?(?:mo|month|yr|year)\b)/i.test(after)) vote(index, 'price', 2, 2);
    if ((RECOVERED_BEFORE.test(before) || RECOVERED_AFTER.test(after)) && !PART_OF_RANSOM.test(after)) {
      votes[index] = { kind: 'other', score: 10, tier: 2 };
    }
  });
  const result: (KindVote | null)[] = mentions.map(() => null);
  groups.forEach((group, index) => {
    for (const member of group.members) result[member] = votes[index] ?? null;
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Figures

// A sentence that opens by pointing back ("They were worth 58 billion won") continues the one before,
// even across a paragraph break.
const ANAPHOR = /^(?:They|These|Those|It|This|That|The\s+(?:coins|funds|money|sum|amount|total|figure|loot|tokens))\b/;

// How much of a neighbour's certainty an amount without cues of its own inherits.
const NEIGHBOUR_SHARE = 0.5;
const CARRY_SHARE = 0.25;

/** Money figures a post states, in text order, one per distinct amount+currency (kind of its most specific mention). */
export function extractFigures(sentences: Sentence[], postDay: string): Figure[] {
  const year = Number(postDay.slice(0, 4));
  const title = sentences.filter((sentence) => sentence.paragraph === 0).map((sentence) => sentence.text).join(' ');
  const figures = new Map<string, { figure: Figure; vote: { score: number; tier: number } }>();
  let carry: { paragraph: number; vote: KindVote } | null = null;
  for (const sentence of sentences) {
    const mentions = findMoney(sentence.text);
    if (mentions.length === 0) continue;
    const votes = sentenceKinds(sentence.text, mentions, title);
    const continues = carry && (carry.paragraph === sentence.paragraph || ANAPHOR.test(sentence.text));
    const carried: KindVote | null = carry && continues ? carry.vote : null;
    // An amount without a cue shares the one before it ("$10 million, later lowered to $9.7 million"),
    // else continues the previous sentence of the paragraph ("Next was Europe, at $623 million"), else
    // shares the one after it.
    const before = nearestVotes(votes);
    const after = nearestVotes([...votes].reverse()).reverse();
    const kinds = votes.map((own, index): KindVote => {
      if (own) return own;
      const previous = before[index];
      const next = after[index];
      const borrowed = previous ? scaled(previous, NEIGHBOUR_SHARE) : carried ? scaled(carried, CARRY_SHARE) : next ? scaled(next, NEIGHBOUR_SHARE) : null;
      return borrowed ?? { kind: 'other', score: 0, tier: 0 };
    });
    mentions.forEach((mention, index) => {
      const vote = kinds[index] ?? { kind: 'other', score: 0, tier: 0 };
      const key = `${Number(mention.amount.toPrecision(9))} ${mention.currency}`;
      const known = figures.get(key);
      if (known) {
        // The most specific mention decides: any kind over "other", then the more specific words,
        // then the words that say it most clearly.
        if (moreSpecific(vote, { kind: known.figure.kind, ...known.vote })) {
          known.figure.kind = vote.kind;
          known.vote = { score: vote.score, tier: vote.tier };
        }
        return;
      }
      const figure: Figure = { text: mention.text, amount: mention.amount, currency: mention.currency, kind: vote.kind, sentence: sentence.text };
      if (mention.amountMax !== undefined) figure.amountMax = mention.amountMax;
      const usd = CRYPTO.has(mention.currency) ? undefined : toUsd(mention.amount, mention.currency, year);
      if (usd !== undefined) figure.usd = usd;
      figures.set(key, { figure, vote: { score: vote.score, tier: vote.tier } });
    });
    const last: KindVote | undefined = kinds[kinds.length - 1];
    if (last && last.score > 0) carry = { paragraph: sentence.paragraph, vote: last };
  }
  return [...figures.values()].map((entry) => entry.figure);
}

// For each position, the nearest vote strictly before it.
function nearestVotes(votes: (KindVote | null)[]): (KindVote | null)[] {
  let last: KindVote | null = null;
  return votes.map((vote) => {
    const before = last;
    if (vote) last = vote;
    return before;
  });
}

function scaled(vote: KindVote, share: number): KindVote {
  return { kind: vote.kind, score: vote.score * share, tier: 0 };
}

function moreSpecific(candidate: KindVote, known: KindVote): boolean {
  if ((candidate.kind === 'other') !== (known.kind === 'other')) return known.kind === 'other';
  if (candidate.tier !== known.tier) return candidate.tier > known.tier;
  return candidate.score > known.score;
}
