/**
 * Whether a money figure is a total over a period or over many incidents ("stole a record $1.7 billion
 * in 2022", "ransom payments fell to $814 million last year", "$100 million a year") rather than one
 * incident's amount. Charts leave totals out of their sums by default, since adding a year's total to
 * the incidents it is made of counts them twice (docs/charts.md).
 */
import type { MoneyMention } from './money-amounts.ts';

const YEAR = String.raw`(?:19|20)\d\d`;
// Words that make an amount a sum whatever else the sentence says.
const EXPLICIT_TOTAL = /\b(?:in\s+total|in\s+all|combined|altogether|cumulative(?:ly)?|overall|a\s+total\s+of|totall?(?:ing|ed)|collectively)\b/i;
// "A record" amount is a total when a period goes with it ("a record $1.7 billion in 2022"); alone it
// may be one record fine.
const RECORD = /\brecord(?:-breaking)?\b/i;
// A rate is a sum over time: "$100 million a year", "annual losses of $2 billion".
const RATE_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+(?:year|month)\b(?!\s+(?:earlier|ago|before|later|after))|^\s*(?:[\w-]+\s+){0,3}?(?:annually|yearly|monthly)\b/i;
const RATE_BEFORE = /\b(?:annual|yearly|monthly)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;
// A period, counted together with plural events below.
const PERIOD = new RegExp(
  String.raw`\b(?:since\s+${YEAR}|between\s+${YEAR}\s+and\s+${YEAR}|from\s+${YEAR}\s+to\s+${YEAR}|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decade)|so\s+far(?:\s+this\s+year)?|last\s+year|this\s+year|in\s+${YEAR}(?:\s+alone)?|during\s+${YEAR}|throughout\s+${YEAR}|in\s+the\s+(?:first|second|third|fourth)\s+(?:half|quarter)(?:\s+of\s+${YEAR})?)\b`,
  'i',
);
const PLURAL_EVENTS = /\b(?:thefts|heists|hacks|attacks|incidents|breaches|scams|frauds|losses|payments|ransoms|exploits|intrusions|victims)\b/i;

/**
 * Whether the mention is a period or multi-incident total. Reads only the mention's clause (up to a
 * semicolon, colon or the sentence's edges), so another clause's "last year" does not count.
 */
export function isPeriodTotal(sentence: string, mention: MoneyMention): boolean {
  const start = Math.max(0, sentence.lastIndexOf(';', mention.start) + 1, sentence.lastIndexOf(':', mention.start) + 1);
  const nextStop = sentence.slice(mention.end).search(/[;:]/);
  const clause = sentence.slice(start, nextStop === -1 ? sentence.length : mention.end + nextStop);
  if (EXPLICIT_TOTAL.test(clause)) return true;
  if (RATE_AFTER.test(sentence.slice(mention.end, mention.end + 40)) || RATE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 50), mention.start))) return true;
  return PERIOD.test(clause) && (PLURAL_EVENTS.test(clause) || RECORD.test(clause));
}
