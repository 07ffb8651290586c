/**
 * What a money amount was (theft, ransom, fine, bounty, loss, damages, funding, price, other), from the
 * cue words of its sentence and the post's title, per the figures rules of docs/labeling.md.
 */
import type { FigureKind } from '../../model/format/data-format.ts';
import type { MoneyMention } from './money-amounts.ts';

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
const TITLE_THEFT_CONTEXT = /\b(?:stole\w*|steal\w*|theft|heist|scam\w*|fraud\w*|conned|duped|swindl\w*|loot\w*|drain\w*|wallets?|crypto\w*|bitcoins?|ether(?:eum)?|tokens?)\b/i;
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
/** The kind one amount's cues vote for, and how strongly. */
export interface KindVote {
  kind: FigureKind;
  score: number;
  tier: number;
}

/** The kind of each mention of one sentence; `null` where no words in the sentence tell. */
/** The kind each amount of a sentence gets from its cues (and the title's), `null` where none speak. */
export function sentenceKinds(text: string, mentions: MoneyMention[], title: string): (KindVote | null)[] {
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
