/**
 * Money figures in a post's sentences: each amount the text states with a currency (money-amounts.ts)
 * and what the money was (money-kinds.ts), one figure per distinct amount and currency. The only
 * conversion is `usd`, from the yearly table in currency-rates.ts.
 */
import type { Figure } from '../../model/format/data-format.ts';
import { toUsd } from './currency-rates.ts';
import { CRYPTO, findMoney } from './money-amounts.ts';
import { fallbackKind, sentenceKinds, type KindVote } from './money-kinds.ts';
import { CONTINUES_TOTALS, isPeriodTotal } from './money-scope.ts';
import type { Sentence } from './plain-text.ts';

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
  // The paragraph of the last sentence with amounts, and whether they were all totals.
  let lastTotals: { paragraph: number; all: boolean } | null = null;
  for (const sentence of sentences) {
    const mentions = findMoney(sentence.text);
    if (mentions.length === 0) continue;
    const goesOn = lastTotals !== null && lastTotals.all && lastTotals.paragraph === sentence.paragraph && CONTINUES_TOTALS.test(sentence.text);
    let allTotals = true;
    const votes = sentenceKinds(sentence.text, mentions, title);
    const continues = carry && (carry.paragraph === sentence.paragraph || ANAPHOR.test(sentence.text));
    const carried: KindVote | null = carry && continues ? carry.vote : null;
    // An amount without a cue shares the one before it ("$10 million, later lowered to $9.7 million"),
    // else continues the previous sentence of the paragraph ("Next was Europe, at $623 million"), else
    // shares the one after it, else reads what the sentence tells (`fallbackKind`).
    const before = nearestVotes(votes);
    const after = nearestVotes([...votes].reverse()).reverse();
    const kinds = votes.map((own, index): KindVote => {
      if (own) return own;
      const previous = before[index];
      const next = after[index];
      const borrowed = previous ? scaled(previous, NEIGHBOUR_SHARE) : carried ? scaled(carried, CARRY_SHARE) : next ? scaled(next, NEIGHBOUR_SHARE) : null;
      return borrowed ?? { kind: fallbackKind(sentence.text, mentions), score: 0, tier: 0 };
    });
    mentions.forEach((mention, index) => {
      const vote = kinds[index] ?? { kind: 'other', score: 0, tier: 0 };
      const key = `${Number(mention.amount.toPrecision(9))} ${mention.currency}`;
      const total = goesOn || isPeriodTotal(sentence.text, mention);
      if (!total) allTotals = false;
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
      if (total) figure.total = true;
      const usd = CRYPTO.has(mention.currency) ? undefined : toUsd(mention.amount, mention.currency, year);
      if (usd !== undefined) figure.usd = usd;
      figures.set(key, { figure, vote: { score: vote.score, tier: vote.tier } });
    });
    lastTotals = { paragraph: sentence.paragraph, all: allTotals };
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
