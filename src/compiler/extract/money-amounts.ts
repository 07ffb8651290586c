/**
 * Money amounts as sentences write them: "$4,80,000", "€1.2bn", "Rs 4.8 lakh", "6-10 million rubles",
 * "200 bitcoins". Patterns are compiled once; each amount keeps its span and its ISO 4217 currency
 * (crypto by ticker). Nothing is converted here.
 */
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
export const CRYPTO = new Set(['BTC', 'ETH', 'XMR', 'USDT', 'USDC', 'LTC', 'XRP', 'BCH', 'BNB', 'DOGE']);

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
