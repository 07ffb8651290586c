/**
 * The words that say what a money amount was, per the figures rules of docs/labeling.md: each cue
 * names a kind, or a resolver that decides the kind from the rest of the sentence and the post's
 * title ("lost" is theft after a scam, damages across an economy, a loss otherwise). money-kinds.ts
 * weighs the cues by their distance to each amount.
 */
import type { FigureKind } from '../../model/format/data-format.ts';

/** Words whose kind depends on the rest of the sentence; `resolveCue` decides. */
export type Resolver = 'lostWord' | 'costWord' | 'gainWord' | 'payWord' | 'askWord' | 'priceWord' | 'saleWord' | 'spendWord' | 'takeWord' | 'prizeWord' | 'awardWord';

/** A cue's kind, or the resolver that reads its sentence. */
export type CueKind = FigureKind | Resolver;

const RESOLVERS = new Set<CueKind>(['lostWord', 'costWord', 'gainWord', 'payWord', 'askWord', 'priceWord', 'saleWord', 'spendWord', 'takeWord', 'prizeWord', 'awardWord']);

/** Whether a cue is read through its sentence (tier 1) rather than naming its kind itself (tier 2). */
export function isResolver(kind: CueKind): boolean {
  return RESOLVERS.has(kind);
}

/** A cue: the words, the kind or resolver, and how much it weighs at distance 0. */
export interface Cue {
  pattern: RegExp;
  kind: CueKind;
  weight: number;
}

function cue(kind: CueKind, weight: number, words: string): Cue {
  return { pattern: new RegExp(`\\b(?:${words})\\b`, 'gi'), kind, weight };
}

/**
 * Cue words. Where cues overlap, the longer wins ("economic losses" over "losses", "at current prices"
 * over "prices", "took home" over "took").
 */
export const CUES: Cue[] = [
  cue('theft', 3, String.raw`stole|stolen(?!\s+(?:data|files?|information|records?|credentials?|documents?|passwords?|e-?mails?|details|accounts?|personal|identities))|steal(?:s|ing)?|thefts?|thie(?:f|ves)|thiev(?:ed|ing|es)|heists?|loot(?:ed|ing)?|drain(?:ed|ing|s)?|siphon(?:ed|ing|s)?|embezzl\w*|swindl\w*|defraud\w*|conned|duped|tricked|cheated|robbed|robber(?:y|ies)|stripped\s+of|cash(?:ed)?[- ]out|jackpotting|taken\s+from|took\s+from|scammers?|fraudsters?|unauthori[sz]ed\s+(?:transactions?|withdrawals?|transfers?)`),
  cue('theft', 2, String.raw`frauds?|fraudulent(?:ly)?|scams?|scammed`),
  cue('theft', 1, String.raw`withdr(?:ew|awn|awals?)|transfer(?:red|s)|moved\s+to|sent\s+from|hacks|hack\s+of|exchange\s+hack`),
  // Money moved away by whoever did it: theft when the sentence or title speaks of a crime.
  cue('takeWord', 2, String.raw`took|takes|taking|grabbed|snatched|diverted|redirected|rerouted|funnel(?:l)?ed|made\s+off\s+with|got\s+away\s+with|walked\s+away\s+with|gone\s+from|missing\s+from|vanished\s+from`),
  // Extortion is weaker than ransom: "steal or extort $1.3 billion" is read as theft.
  cue('ransom', 2.5, String.raw`extort\w*`),
  cue('ransom', 3, String.raw`ransoms?|blackmail\w*|pay-?off|demand(?:s|ed|ing)?|decrypt(?:or|ion\s+key|ion\s+tool)s?|to\s+unlock`),
  cue('ransom', 1, String.raw`in\s+exchange\s+for`),
  cue('fine', 3, String.raw`fine[sd]?(?!-)|penalt(?:y|ies)|penali[sz]\w*|settle(?:ment|ments|d|s)?|charged\s+up\s+to|to\s+end\s+(?:a|the)?\s*(?:\w+\s+){0,3}lawsuit|lawsuits?`),
  cue('fine', 1, String.raw`violations?`),
  cue('bounty', 3, String.raw`bount(?:y|ies)|rewards?(?!\s+(?:vouchers?|points|cards?|miles))|rewarded|for\s+information`),
  // Prize money is a bounty when it pays for exploits of real products (Pwn2Own), else other.
  cue('prizeWord', 3, String.raw`prizes?|prize\s+money|prize\s+pool|jackpots?|took\s+home|won|wins|winning|winners?`),
  cue('awardWord', 3, String.raw`awards?(?!-)|awarded`),
  cue('damages', 3, String.raw`damages?|in\s+(?:\w+\s+){0,2}losses|losses\s+caused|economic\s+(?:losses|costs?|impact)`),
  cue('loss', 2, String.raw`recovery\s+costs?|rebuild\w*|remediat\w*|write-?offs?|wr(?:ote|itten)\s+off|lost\s+(?:revenue|sales|income|business)|(?:revenue|sales|income)\s+lost|bill|knock\w*|effects|impact|hit\s+to\s+(?:\w+\s+){0,3}(?:profits?|earnings|revenue)|cut\s+(?:its|their)\s+(?:results|profits?|earnings|revenue)\s+by`),
  cue('lostWord', 2, String.raw`lost|loses|losing|loosing|lose|loss|losses|suffered|suffers|incur(?:red|s)?`),
  cue('costWord', 2, String.raw`costs?|costing|expenses?|one-time\s+costs?`),
  cue('gainWord', 2, String.raw`made|making|makes|earn(?:s|ed|ing|ings)?|net(?:ted|s)|generat(?:ed|es|ing)|collect(?:ed|s|ing)|amass(?:ed|es|ing)?|raked\s+in|pocket(?:ed|ing)?|obtained|receiv(?:e|ed|es|ing)|income|turnover|revenues?|profits?|proceeds|rais(?:ed|es|ing)(?!\s+(?:it|them|the\s+\w+)\s+to)`),
  // "to pay for the servers" buys something: not a payment to anyone the figures rules name.
  cue('payWord', 2, String.raw`pa(?:y|ys|id|ying)(?!\s+for\b)|payments?|payouts?`),
  cue('askWord', 2, String.raw`ask(?:s|ed|ing)?\s+for|asks|asked|asking`),
  cue('priceWord', 2, String.raw`price[sd]?|pricing|priced\s+at|starts?\s+at|starting\s+at|retail(?:s|ing)?\s+(?:at|for)|retail\s+price|subscri\w*|per\s+(?:month|year)|fees?|discount\w*|pre-?orders?|from\s+customers|customers\s+pay|msrp|rrp|list\s+price|save|saving|launch(?:ed|es|ing)?\s+(?:\w+\s+){0,5}?(?:at|for)|available\s+(?:\w+\s+){0,3}?(?:at|for)|on\s+offer\s+for|tickets?|admission|rent(?:s|ed|ing)?\s+(?:for|at)|for\s+hire`),
  // Things on sale, stolen data included: a price unless the seller is extorting the victim.
  cue('saleWord', 2, String.raw`sells?|sold|selling|for\s+sale|on\s+sale|up\s+for\s+sale|purchase[sd]?|purchasing|buy|buying|auction(?:ed|s|ing)?|offer(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?for|list(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:at|for)|advertis(?:ed|es|ing)\s+(?:\w+\s+){0,2}?for`),
  cue('spendWord', 2, String.raw`(?<!double[- ])spend(?:s|ing)?|spent|expenditures?`),
  cue('funding', 3, String.raw`funding|funded|to\s+fund|financed|financing|to\s+finance|invest(?:s|ed|ing|ment|ments)?|investors?|grants?|budget\w*|allocat\w*|set\s+aside|earmark\w*|gift(?!\s+(?:vouchers?|cards?|certificates?|codes?))|donat\w*|backing|(?:seed|series\s+[a-f])\s+round|crowdfund\w*`),
  cue('other', 2, String.raw`valuation|market\s+(?:value|cap\w*|size)|m-cap|bail|salar(?:y|ies)|wages?|acquisitions?|acquir\w*|buys|merger|deal|takeover|(?<!(?:before|after|excluding|net\s+of)\s+)insurance|insured|uninsured|exports?|imports?|gdp|loans?|at\s+current\s+prices|current\s+prices`),
  // Weak: laundered money is "other" unless the sentence also says it was stolen.
  cue('other', 0.5, String.raw`launder\w*`),
];

const RANSOM_CONTEXT = /\b(?:ransom\w*|extort\w*|decrypt\w*|leak\s+site|negotiat\w*|gangs?)\b/i;
// What makes a sale extortion: the seller wants the victim's money, not a buyer's.
// "The ransomware gang is selling the data" names the seller: a sale, not a ransom.
const EXTORTION_CONTEXT = /\b(?:ransoms?|extort\w*|decrypt\w*|to\s+unlock|blackmail\w*|unless|threaten\w*)\b/i;
const PAYMENT_RANSOM_CONTEXT = /\b(?:ransom\w*|extort\w*|decrypt\w*|to\s+unlock|leak\s+site|negotiat\w*|gangs?|demand\w*|bitcoins?|monero|cryptocurrenc\w*)\b/i;
// Where stolen data or access is offered to buyers.
const SALE_CONTEXT = /\b(?:sale|sell\w*|sold|buyers?|forums?|market(?:place)?s?|auction\w*|dark\s*web|darknet|underground|listings?|vendors?|shops?)\b/i;
const BOUNTY_CONTEXT = /\b(?:bugs?|bount\w*|vulnerabilit\w*|flaws?|researchers?|rewards?|exploits?|zero-days?|hackerone|bugcrowd)\b/i;
// A contest that pays for working exploits of real products; a capture-the-flag or a hackathon does not.
const EXPLOIT_CONTEST = /\b(?:pwn2own|pwnium|tianfu\s+cup|bugs?|bount\w*|vulnerabilit\w*|flaws?|exploit\w*|zero-days?|hack(?:ed|ing|s)?|jailbreak\w*|remote\s+code\s+execution|rce)\b/i;
const NOT_EXPLOIT_CONTEST = /\b(?:capture[- ]the[- ]flag|ctfs?|hackathons?|lotter(?:y|ies)|sweepstakes?|giveaways?|raffles?)\b/i;
const COURT_CONTEXT = /\b(?:court|jury|juries|judge|judgment|judgement|lawsuit\w*|suit|damages|tribunal|arbitrat\w*|plaintiffs?|verdict)\b/i;
const CONTRACT_CONTEXT = /\b(?:contracts?|tenders?|deals?)\b/i;
const FINE_CONTEXT = /\b(?:settle\w*|penalt\w*|lawsuits?|fine[sd]?|regulators?|court|class\s+action|judge)\b/i;
const AGGREGATE_CONTEXT = /\b(?:econom(?:y|ies|ic)|global(?:ly)?|worldwide|industr(?:y|ies)|sectors?|regions?|across|combined|nationwide)\b/i;
const THEFT_CONTEXT = /\b(?:stole|stolen|steal\w*|theft|heist|scam\w*|fraud\w*|conned|duped|swindl\w*|robbed|loot\w*|drain\w*|siphon\w*|phishing|wallets?|crypto\w*|bitcoins?|ether(?:eum)?|tokens?|coins?|cards?|transactions|bank\s+accounts?|sim[- ]swap\w*)\b/i;
// A scam costs its victims what the scammers took: theft (docs/labeling.md, figures).
const SCAM_CONTEXT = /\b(?:scam\w*|fraud\w*|duped|tricked|cheated|conned|defraud\w*|BEC|business\s+email\s+compromise|phishing|fake|bogus|impostors?|swindl\w*|con\s+artists?|theft|heist)\b/i;
const INCIDENT_CONTEXT = /\b(?:attack\w*|cyber-?attack\w*|breach\w*|hack\w*|ransomware|incident|outage|malware|intrusion|compromise\w*|notpetya|wannacry|cybercrime\w*|disruption)\b/i;
const CRIME_CONTEXT = /\b(?:hackers?|hacking|attackers?|criminals?|cyber-?criminals?|crooks?|fraudsters?|scammers?|thieves|gangs?|scheme|fraud\w*|scam\w*|stole\w*|steal\w*|theft|heist|launder\w*|illicit|illegal\w*|hack(?:s|ed)?|attacks?|extort\w*|ransomware|exploit(?:ed|ing)|drain\w*)\b/i;
const TITLE_THEFT_CONTEXT = /\b(?:stole\w*|steal\w*|theft|heist|scam\w*|fraud\w*|conned|duped|swindl\w*|loot\w*|drain\w*|wallets?|crypto\w*|bitcoins?|ether(?:eum)?|tokens?)\b/i;
const TITLE_CRIME_CONTEXT = /\b(?:stole\w*|steal\w*|theft|heist|scam\w*|fraud\w*|scheme|launder\w*|extort\w*|crooks|criminals|scammers|fraudsters|hack(?:s|ed|ers?)?)\b/i;
const FUNDING_CONTEXT = /\b(?:funding|round|investors?|series\s+[a-f]|seed|capital|venture|backing)\b/i;
const GOVERNMENT_CONTEXT = /\b(?:governments?|govt|ministry|ministries|council|federal|authorities|budget|taxpayers?)\b/i;
const RECOVERY_CONTEXT = /\b(?:to\s+recover|recovery|remediat\w*|rebuild\w*|restor\w*)\b/i;
// Money paid for something bought ("paid the company $820,000 for video kits").
const PURCHASE_CONTEXT = /\bpa(?:id|ys?|ying)\b[^.;]*?\bfor\s+(?!information\b|the\s+(?:return|release|arrest)\b|(?:the\s+)?(?:decrypt\w*|damages?|losses)\b)[\w"“'‘]/i;
// Money spent by whoever hacked or stole it.
const SPENT_LOOT = /\b(?:hack(?:ed|ing)|hackers?|stole|embezzl\w*|fraudulent(?:ly)?)\b/i;
// Spending with a vendor buys its service ("Spend a million dollars with Media Bridge").
const SPEND_WITH_VENDOR = /\b[Ss]pen(?:d|ds|t|ding)\b[^.;]{0,60}?\bwith\s+(?:us\b|our\b|[A-Z])/;

/**
 * Things with a price: a cost whose subject is one of these ("the smart home accessories ... cost them
 * $700") is its price, and "a $69 Android TV box" sizes a product.
 */
export const PRODUCT_NOUN = String.raw`(?:phones?|smartphones?|handsets?|laptops?|notebooks?|tablets?|boxe?s?|devices?|gadgets?|accessor(?:y|ies)|watch(?:es)?|smartwatch(?:es)?|consoles?|cameras?|speakers?|headphones|earbuds|earphones|routers?|drones?|kits?|boards?|bundles?|plans?|subscriptions?|licen[cs]es?|courses?|books?|e-?books?|tickets?|apps?|games?|tools?|products?|models?|variants?|packages?|machines?|computers?|PCs?|monitors?|TVs?|televisions?|printers?|chargers?|cables?|batter(?:y|ies)|gift\s+cards?|vouchers?|memberships?|edition|toys?|shoes?|glasses|frames?)`;
const PRODUCT_SUBJECT = new RegExp(String.raw`\b${PRODUCT_NOUN}\b`, 'i');

// "the high costs", "running costs": someone's expenses, where "the cost of recruitment" is a price.
const COST_NOUN_BEFORE = /\b(?:high|higher|huge|rising|soaring|total|annual|monthly|running|operating|living)\s+$/i;

/** The subject of a cost: the words before the cue in its sentence, up to a clause break. */
function subjectBefore(sentence: string, cueStart: number): string {
  const before = sentence.slice(Math.max(0, cueStart - 120), cueStart);
  const stop = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  return stop >= 0 ? before.slice(stop + 1) : before;
}

// The clause around a cue, for resolvers that another clause of the sentence must not sway ("a jury
// awarded $3 million in damages, and the city awarded a $750,000 contract").
function around(sentence: string, cueStart: number): string {
  const before = sentence.slice(Math.max(0, cueStart - 60), cueStart);
  const after = sentence.slice(cueStart, cueStart + 90);
  // A break is punctuation before a space: the comma inside "$750,000" is not one.
  let start = 0;
  for (const match of before.matchAll(/[,;:]\s/g)) start = match.index + 1;
  const end = after.search(/[,;:]\s/);
  return before.slice(start) + (end === -1 ? after : after.slice(0, end));
}

// A payment for a tool, access or a service bought ("requesting $400 in payment for the malware"): its price,
// whatever else the sentence mentions ("promising free bug fixes").
const PAYMENT_FOR_GOODS =
  /\b(?:payments?|paid|pay(?:s|ing)?)\s+for\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:malware|tool(?:kit)?s?|kits?|software|access|services?|subscriptions?|licen[cs]es?|products?|goods|data(?:base)?s?|source\s+code|loaders?|botnets?|rentals?|builds?|copies|copy)\b/i;

/** Resolvers that read the words around their cue rather than the whole sentence: asked per cue. */
export const LOCAL_RESOLVERS: ReadonlySet<CueKind> = new Set<CueKind>(['costWord', 'prizeWord', 'awardWord']);

/**
 * The kind a resolver reads from the sentence and the post's title, or `null` when the words say
 * nothing the figures rules name. `cueStart` is where the cue sits in the sentence.
 */
export function resolveCue(kind: CueKind, sentence: string, title: string, cueStart: number): FigureKind | null {
  const both = `${sentence} ${title}`;
  switch (kind) {
    case 'lostWord':
      if (AGGREGATE_CONTEXT.test(sentence)) return 'damages';
      return THEFT_CONTEXT.test(sentence) || TITLE_THEFT_CONTEXT.test(title) ? 'theft' : 'loss';
    case 'costWord': {
      const subject = subjectBefore(sentence, cueStart);
      if (SCAM_CONTEXT.test(subject)) return 'theft';
      if (AGGREGATE_CONTEXT.test(sentence)) return 'damages';
      if (INCIDENT_CONTEXT.test(subject)) return 'loss';
      if (PRODUCT_SUBJECT.test(subject)) return 'price';
      if (INCIDENT_CONTEXT.test(both)) return 'loss';
      return COST_NOUN_BEFORE.test(subject) && !PRODUCT_SUBJECT.test(sentence) ? 'other' : 'price';
    }
    case 'gainWord':
      // "received over $120 million in ransom payments": money made from extortion is ransom.
      if (/\bransoms?\b/i.test(sentence)) return 'ransom';
      if (CRIME_CONTEXT.test(sentence) || TITLE_CRIME_CONTEXT.test(title)) return 'theft';
      return FUNDING_CONTEXT.test(sentence) ? 'funding' : 'other';
    case 'payWord':
      if (PAYMENT_RANSOM_CONTEXT.test(sentence)) return 'ransom';
      if (PAYMENT_FOR_GOODS.test(sentence)) return 'price';
      if (BOUNTY_CONTEXT.test(sentence)) return 'bounty';
      if (FINE_CONTEXT.test(sentence)) return 'fine';
      if (SCAM_CONTEXT.test(sentence)) return 'theft';
      if (PURCHASE_CONTEXT.test(sentence)) return 'price';
      if (PAYMENT_RANSOM_CONTEXT.test(title)) return 'ransom';
      if (BOUNTY_CONTEXT.test(title)) return 'bounty';
      return FINE_CONTEXT.test(title) ? 'fine' : null;
    case 'askWord':
      if (EXTORTION_CONTEXT.test(sentence)) return 'ransom';
      if (SALE_CONTEXT.test(sentence)) return 'price';
      return PAYMENT_RANSOM_CONTEXT.test(sentence) || PAYMENT_RANSOM_CONTEXT.test(title) ? 'ransom' : null;
    case 'priceWord':
      return RANSOM_CONTEXT.test(sentence) ? 'ransom' : 'price';
    case 'saleWord':
      return EXTORTION_CONTEXT.test(sentence) ? 'ransom' : 'price';
    case 'spendWord':
      if (RECOVERY_CONTEXT.test(sentence)) return 'loss';
      if (GOVERNMENT_CONTEXT.test(sentence)) return 'funding';
      if (SPEND_WITH_VENDOR.test(sentence)) return 'price';
      // "hacked his employer's payroll and spent $7,000": what a thief spends, he took.
      return SPENT_LOOT.test(sentence) ? 'theft' : 'other';
    case 'takeWord':
      return CRIME_CONTEXT.test(sentence) || TITLE_CRIME_CONTEXT.test(title) ? 'theft' : null;
    case 'prizeWord': {
      const clause = around(sentence, cueStart);
      if (NOT_EXPLOIT_CONTEST.test(clause)) return 'other';
      return EXPLOIT_CONTEST.test(clause) || EXPLOIT_CONTEST.test(title) ? 'bounty' : 'other';
    }
    case 'awardWord': {
      // "a jury awarded $5 million in damages"; "awarded a $2 million contract"; "awarded $15,000 for the bug".
      const clause = around(sentence, cueStart);
      if (COURT_CONTEXT.test(clause)) return 'damages';
      if (CONTRACT_CONTEXT.test(clause)) return 'price';
      return BOUNTY_CONTEXT.test(clause) || EXPLOIT_CONTEST.test(clause) ? 'bounty' : 'other';
    }
    default:
      return kind;
  }
}
