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
const EVENTS = String.raw`(?:thefts|heists|hacks|attacks|incidents|breaches|scams|frauds|losses|payments|ransoms|exploits|intrusions|victims)`;
const PLURAL_EVENTS = new RegExp(String.raw`\b${EVENTS}\b`, 'i');
// A span of years is a sum on its own: "since 2012", "between 2016 and 2018", "over the past five years",
// "so far this year", "to date". A single year is not ("stole $530 million from Coincheck in 2018").
const SPAN = new RegExp(
  String.raw`\b(?:since\s+${YEAR}|between\s+${YEAR}\s+and\s+${YEAR}|from\s+${YEAR}\s+to\s+${YEAR}|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)|so\s+far\s+this\s+year|to\s+date)\b`,
  'i',
);
// Money gathered over many events: "amassed $2 billion from such attacks", "in three heists".
const MANY_EVENTS = new RegExp(
  String.raw`\b(?:from|in|across|through|over)\s+(?:the|its|their|such|these|those|multiple|several|various|numerous|many|all|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+series\s+of|\d+)\s+(?:[\w-]+\s+){0,2}?${EVENTS}\b`,
  'i',
);
// A scenario before the amount in its clause is no incident's amount: "one cyber attack can cost ports
// $110 billion", "could see losses of $23.6 billion", "is expected to reach $6 trillion". "Will" is not
// one: "the attack will cost the broadcaster €4.8 million" is how an incident's cost is reported.
// An average or a generic victim is a statistic: "the average ransom payment rose to", "a company that
// suffers a data breach will spend about $4 million".
const SCENARIO_BEFORE =
  /\b(?:could|would|might|can)\s+(?:\w+\s+){0,2}?(?:cost|see|lose|suffer|reach|total|hit|cause|face|incur|clock|result|be)\b|\b(?:is|are)\s+(?:expected|projected|forecast|predicted)\s+to\b|\b(?:average|on\s+average|typical(?:ly)?|median)\b|\b(?:an?|any|every)\s+(?:company|business|firm|organi[sz]ation|victim|user|hospital)\s+that\b/i;

// A category ranked among others is a sum over its incidents: "Bank and lender scams were the highest,
// with a loss of 111,709,530 dollars", "ransomware attacks were the costliest".
const RANKED_CATEGORY = new RegExp(
  String.raw`\b${EVENTS}\s+(?:were|was|are|is|ranked|came)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:highest|largest|biggest|costliest|most\s+(?:costly|common|frequent)|top|first|second|third)\b`,
  'i',
);

/**
 * Whether a sentence goes on with a ranking or a list of totals the sentence before it gave: "This was
 * followed by a loss by the Navy, losing 62 million dollars", "Next was Europe, at $623 million". Its
 * amounts are totals when all of that sentence's were. "This included $620 million from Ronin" names a
 * part, which may be one incident, and does not go on.
 */
export const CONTINUES_TOTALS = /^(?:(?:This|That|It)\s+(?:was|is)\s+followed\s+by|Followed\s+by|Next\b|Meanwhile\b|Similarly\b|Likewise\b|Second\b|Third\b)/;

/**
 * Whether the mention is a period or multi-incident total. Reads only the mention's clause (up to a
 * semicolon, colon or the sentence's edges), so another clause's "last year" does not count.
 */
export function isPeriodTotal(sentence: string, mention: MoneyMention): boolean {
  const start = Math.max(0, sentence.lastIndexOf(';', mention.start) + 1, sentence.lastIndexOf(':', mention.start) + 1);
  const nextStop = sentence.slice(mention.end).search(/[;:]/);
  const clause = sentence.slice(start, nextStop === -1 ? sentence.length : mention.end + nextStop);
  if (EXPLICIT_TOTAL.test(clause) || SPAN.test(clause) || MANY_EVENTS.test(clause) || SCENARIO_BEFORE.test(sentence.slice(start, mention.start)) || RANKED_CATEGORY.test(sentence.slice(start, mention.start))) return true;
  if (RATE_AFTER.test(sentence.slice(mention.end, mention.end + 40)) || RATE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 50), mention.start))) return true;
  return PERIOD.test(clause) && (PLURAL_EVENTS.test(clause) || RECORD.test(clause));
}
