/**
 * What a money amount was (theft, ransom, fine, bounty, loss, damages, funding, price, other): the cue
 * words of its sentence (money-cues.ts) weighed by their distance to it, the words right around it, and
 * what the sentence says where no cue speaks, per the figures rules of docs/labeling.md.
 */
import type { FigureKind } from '../../model/format/data-format.ts';
import type { MoneyMention } from './money-amounts.ts';
import { CUES, isResolver, LOCAL_RESOLVERS, PRODUCT_NOUN, resolveCue, type CueKind } from './money-cues.ts';

// Money seized, recovered or frozen is none of the incident kinds: it is what came back.
const RECOVERED_BEFORE = /\b(?:recover(?:ed|s|ing)?|seiz(?:ed|es|ing|ure\s+of)|froze|frozen|freez(?:e|es|ing)|returned|confiscat\w*|clawed\s+back|recoup\w*)\s+(?:\S+\s+){0,4}$/i;
const RECOVERED_AFTER = /^\s*(?:\S+\s+){0,6}?(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:recovered|seized|frozen|returned|confiscated|clawed\s+back)\b/i;
const PART_OF_RANSOM = /^\s*(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}ransom/i;
// "a $6 billion healthcare provider": the amount sizes a business.
const SIZES_A_BUSINESS_BEFORE = /\b(?:an?)\s+$/i;
const SIZES_A_BUSINESS_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:company|companies|firm|provider|business|corporation|conglomerate|start-?up|giant|industry|market|economy|unicorn|enterprise)\b/i;
const NEGATED = /\bnot\s+(?:an?\s+|the\s+)?$/i;
// "$100 off", "$20/month", "$2/day", "$45 each", "$1 per record", "($29.99 Value)": a discount, a
// subscription, a unit price or a list price.
const UNIT_PRICE_AFTER =
  /^\s*(?:off\b|value\b|course\b|\/\s?(?:mo|month|yr|year|day|d|week|wk|hr|hour|user|seat|record|card|account)\b|(?:per|an?)\s+(?:record|card|account|user|seat|licen[cs]e|login|dump|piece|unit|copy|head|device)\b)/i;
// "for just $39", "only $5": an offer's price. Weak, so any cue of a kind near the amount outweighs it
// ("stole only $500").
const OFFER_BEFORE = /\b(?:just|only)\s+$/i;
// "(usually $2,199)", "(was $60)": the list price beside an offer.
const LIST_PRICE_BEFORE = /\(\s*(?:regularly|normally|usually|originally|was|reg\.?|list|msrp|rrp)\s*$/i;
// "a $69 Android TV box", "the $249 watch": the amount is what the product costs.
const SIZES_A_PRODUCT_BEFORE = /\b(?:an?|the|this|that)\s+$/i;
const SIZES_A_PRODUCT_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,3}?${PRODUCT_NOUN}\b`, 'i');
// "hacked the protocol for $7 million", "the bridge was exploited for $100 million": what the attack took.
const ATTACKED_FOR_BEFORE =
  /\b(?:hack(?:ed|ing)|exploit(?:ed|ing)|breach(?:ed|ing)|compromis(?:ed|ing)|rob(?:bed|bing)|raid(?:ed|ing))\b(?:\s+[^\s.;:]+){0,5}?\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+|some\s+|an\s+estimated\s+)?$/i;
// Where no cue speaks: a hack in the sentence makes the money what was taken ("Teen hacked school
// fund, $7000 gone"); a short line of a name and an amount is a listing's price ("Gears 5 -- $40").
// "claimed responsibility for the hack" names the attack, not what it took: the noun alone does not count.
const HACKED = /\b(?:hack(?:s|ed|ing)|hackers?|cyber-?heists?)\b/i;
const LISTING_WORDS = 8;
const LISTED_BEFORE = /(?:^|[-–—:|([•·*]\s*)$/;

interface CueHit {
  start: number;
  end: number;
  kind: CueKind;
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
  // A resolver reads the whole sentence, so each is asked once per sentence; the local ones read the
  // words around their cue, so they are asked per cue.
  const resolved = new Map<CueKind, FigureKind | null>();
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
    let kind = LOCAL_RESOLVERS.has(hit.kind) ? undefined : resolved.get(hit.kind);
    if (kind === undefined) {
      kind = resolveCue(hit.kind, text, title, hit.start);
      resolved.set(hit.kind, kind);
    }
    const tier = isResolver(hit.kind) ? 1 : 2;
    // At equal distance the words before an amount govern it more often than those after.
    if (kind) vote(best, kind, (hit.weight / (1 + bestDistance)) * (hit.end <= (groups[best]?.start ?? 0) ? 1.1 : 1), tier);
  }
  groups.forEach((group, index) => {
    // The words right around the amount; the rules below look no further.
    const before = text.slice(Math.max(0, group.start - 80), group.start);
    const after = text.slice(group.end, group.end + 80);
    if (SIZES_A_BUSINESS_BEFORE.test(before) && SIZES_A_BUSINESS_AFTER.test(after)) vote(index, 'other', 10, 2);
    else if (SIZES_A_PRODUCT_BEFORE.test(before) && SIZES_A_PRODUCT_AFTER.test(after)) vote(index, 'price', 1.5, 2);
    if (UNIT_PRICE_AFTER.test(after) || LIST_PRICE_BEFORE.test(before)) vote(index, 'price', 2, 2);
    if (OFFER_BEFORE.test(before)) vote(index, 'price', 0.6, 1);
    if (ATTACKED_FOR_BEFORE.test(before)) vote(index, 'theft', 1.5, 2);
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

/**
 * The kind of an amount no cue speaks for, in its own sentence or its neighbours': theft where the
 * sentence tells of a hack, a price on a short listing line (a name, a dash or a colon, the amount),
 * else other.
 */
export function fallbackKind(text: string, mentions: readonly MoneyMention[]): FigureKind {
  if (HACKED.test(text)) return 'theft';
  const listed = mentions.some((mention) => LISTED_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start)));
  if (!listed) return 'other';
  let rest = text;
  for (const mention of mentions) rest = rest.replace(mention.text, ' ');
  const words = rest.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length <= LISTING_WORDS ? 'price' : 'other';
}
