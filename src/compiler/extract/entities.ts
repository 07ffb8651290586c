/**
 * Threat actors, malware and platforms a post names, found by catalog name. A name that is also an
 * ordinary word or another thing (`ambiguous` in the catalog: "Lazarus", "Dragonfly", "Signal") must
 * be written as in the catalog and supported by its context: the post names the same entity
 * unambiguously elsewhere, or the sentence speaks of hacking, malware or an attack.
 */
import type { Catalog } from '../catalog/load-catalog.ts';
import { NameMatcher, type NameMatch } from './name-matcher.ts';
import { isTitleCase, sentenceTokens, type Sentence } from './plain-text.ts';
import { inProductListing, isBoilerplate, onlyNames, saysNothingHappened } from './platform-mentions.ts';

/** What the entity extractor finds in one post, as catalog ids in order of first mention. */
export interface EntityFindings {
  actors: string[];
  malware: string[];
  platforms: string[];
}

type Kind = 'actor' | 'malware' | 'platform';

interface Entity {
  kind: Kind;
  id: string;
}

// Words that show a sentence is about an attack, an attacker or malicious code.
const SECURITY_CONTEXT =
  /\b(?:hack(?:s|ed|er|ers|ing)?|attack(?:s|ed|er|ers|ing)?|threat|actors?|APTs?|group|gang|crew|operators?|campaigns?|espionage|cyber\w*|malware|malicious|ransomware|trojan\w*|spyware|backdoor|botnet|phishing|breach\w*|compromis\w*|infect\w*|exploit\w*|vulnerab\w*|steal\w*|stole|stolen|theft|heist|intrusion|spies|spying|state-sponsored|sponsored|attribut\w*|victims?|targets?|targeting|targeted|risk|security|abus\w*|fraud\w*|scam\w*|leak\w*|exfiltrat\w*|payload|loader|stealer|strain|variant|wiper|worm|encrypt\w*|C2|command-and-control|indicators?|IoCs?|zero-day|CVE-\d+)\b/i;

// Words of something that happened, enough to keep a platform named once.
const INCIDENT_CONTEXT = /\b(?:incidents?|outages?|skimm\w*|lures?|fake|hijack\w*|takeovers?|impersonat\w*|spoof\w*|censor\w*|surveil\w*|flaws?|bugs?|patch\w*|crack\w*|jailbreak\w*|bypass\w*)\b/i;

// Penetration-testing words: enough for a platform named in a write-up ("Persistence on Windows 10 with
// Metasploit"), not for a malware name, since walkthroughs name their target machines after anything ("HA: Joker").
const PENTEST_CONTEXT = /\b(?:persistence|privilege\s+escalation|post-exploitation|pentest\w*|penetration\s+test\w*|shellcode|reverse\s+shell|Metasploit)\b/i;

// After a name that is both a ransomware operation and its malware ("REvil", "LockBit"): words that
// say which of the two the text means.
const MALWARE_NOUN = /^[\s-]*(?:ransomware|malware|trojan|strain|variant|payload|encryptor|locker|binary|binaries|samples?|infections?|botnet|loader|family|code|builder|decryptor)\b/i;
const ACTOR_NOUN = /^[\s-]*(?:gang|group|operators?|hackers?|crew|affiliates?|actors?|threat actors?|cartel|members?|syndicate|collective|team|extortionists|criminals)\b/i;
// "the SamSam ransomware group" is the people; "a version of the REvil ransomware" is the code.
const OPERATION_NOUN = /^[\s-]*ransomware\s+(?:gang|group|operators?|operation|crew|actors?|affiliates?|cartel)\b/i;
const MALWARE_BEFORE = /(?:\b(?:versions?|variants?|strains?|samples?|copies|copy|builds?)\s+of|\b(?:infected|encrypted|hit|compromised)\s+(?:with|by)|\b(?:deploy(?:ed|ing|s)?|using|used|dropped|installed|launched|ran|running))\s+(?:the\s+|a\s+|an\s+)?$/i;
const RANSOMWARE_OPERATION = /^(?:'s|’s)?\s*(?:demand\w*|claim\w*|said|says|leak\w*|publish\w*|post\w*|threaten\w*|extort\w*|took|has|have|was|were|is|are|behind|responsible|attack\w*|hit|breach\w*|stole|target\w*)\b/i;

// A coin is a platform only where the text speaks of its network, chain, wallets or contracts ("an
// Ethereum wallet", "the Ethereum sidechain"); named as the money paid, stolen or laundered it is not
// (docs/labeling.md, platforms).
const COIN_AS_NETWORK_AFTER = /^(?:[\s-]+(?:based|compatible))?[\s-]+(?:network|networks|blockchain|chain|sidechain|mainnet|nodes?|client|Core|protocol|bridge|wallets?|hot\s+wallets?|smart\s+contracts?|contracts?|addresses\s+(?:were|was)\s+(?:hacked|drained)|accounts?\s+(?:were|was)\s+(?:hacked|drained))\b/i;
const COIN_AS_NETWORK_BEFORE = /\b(?:on|of|across|onto|into)\s+the\s+$/i;
const COINS = new Set(['bitcoin', 'ethereum', 'monero', 'tether', 'solana']);

// The platforms share bars and contact lines name; a bare "- Firefox" in a list of what a stealer
// targets is not one.
const SHARE_BAR_CATEGORIES = new Set(['social', 'messenger']);

/** Builds the finder once per catalog; `find` runs per post. */
export function createEntityFinder(catalog: Catalog): (sentences: Sentence[]) => EntityFindings {
  const actorIds = new Set(catalog.actors.map((actor) => actor.id));
  const categoryOf = new Map(catalog.platforms.map((platform) => [platform.id, platform.category]));
  const malwareByName = new Map<string, string>();
  for (const family of catalog.malware) for (const name of family.names) malwareByName.set(name.name.toLowerCase(), family.id);

  const matcher = new NameMatcher<Entity>([
    ...catalog.actors.map((actor) => ({ value: { kind: 'actor' as const, id: actor.id }, names: actor.names })),
    ...catalog.malware.map((family) => ({ value: { kind: 'malware' as const, id: family.id }, names: family.names })),
    ...catalog.platforms.map((platform) => ({ value: { kind: 'platform' as const, id: platform.id }, names: platform.names })),
  ]);
  // A name both an actor and a malware family carry ("REvil"): the matcher keeps one value per name,
  // so the other reading is looked up here.
  const actorByName = new Map<string, string>();
  for (const actor of catalog.actors) for (const name of actor.names) actorByName.set(name.name.toLowerCase(), actor.id);

  return (sentences) => {
    const matches: { match: NameMatch<Entity>; sentence: Sentence; context: string; nearby: string; previousEnd: number }[] = [];
    const paragraphText = new Map<number, string>();
    for (const sentence of sentences) paragraphText.set(sentence.paragraph, `${paragraphText.get(sentence.paragraph) ?? ''} ${sentence.text}`);
    sentences.forEach((sentence, index) => {
      const around = [sentences[index - 1], sentence, sentences[index + 1]].filter((other) => other !== undefined);
      // An ambiguous name may draw its support from the sentences either side, in the same paragraph.
      const context = around
        .filter((other) => other.paragraph === sentence.paragraph)
        .map((other) => other.text)
        .join(' ');
      // A list item's lead-in ("The stealer reads passwords from:") is a paragraph of its own.
      const leadIn = sentences[index - 1];
      const paragraph = paragraphText.get(sentence.paragraph) ?? '';
      const nearby = leadIn && leadIn.paragraph !== sentence.paragraph && leadIn.text.trimEnd().endsWith(':') ? `${leadIn.text} ${paragraph}` : paragraph;
      let previousEnd = -1;
      for (const match of matcher.find(sentence.text, sentenceTokens(sentence))) {
        matches.push({ match, sentence, context, nearby, previousEnd });
        previousEnd = match.end;
      }
    });
    const readings = matches.map((found) => ({ ...found, entity: reading(found.match, found.sentence.text, actorByName, malwareByName, actorIds) }));
    // An entity named unambiguously anywhere in the post confirms its ambiguous names.
    const confirmed = new Set(readings.filter((r) => !r.match.name.ambiguous).map((r) => key(r.entity)));
    // Words of the platform names the post uses: "Play" in a post about Google Play and the Play Store is
    // the store, not the Play ransomware operation.
    const platformWords = new Set(readings.filter((r) => r.entity.kind === 'platform' && /\s/.test(r.match.surface)).flatMap((r) => r.match.surface.split(/\s+/)));

    const namesBySentence = new Map<Sentence, string[]>();
    const systemsBySentence = new Map<Sentence, NameMatch<Entity>[]>();
    for (const { match, sentence } of matches) {
      const names = namesBySentence.get(sentence) ?? [];
      names.push(match.surface);
      namesBySentence.set(sentence, names);
      if (match.value.kind === 'platform' && categoryOf.get(match.value.id) === 'os') {
        const systems = systemsBySentence.get(sentence) ?? [];
        systems.push(match);
        systemsBySentence.set(sentence, systems);
      }
    }
    // A platform named where the text says nothing happened on it (docs/labeling.md, platforms).
    const passingMention = (id: string, match: NameMatch<Entity>, sentence: Sentence, context: string): boolean => {
      const category = categoryOf.get(id) ?? '';
      const social = SHARE_BAR_CATEGORIES.has(category);
      if (isBoilerplate(sentence.text) || saysNothingHappened(match, sentence.text, social)) return true;
      if (otherThingInCapitals(match, sentence.text) || (match.name.ambiguous && PHRASAL_UP.test(sentence.text.slice(match.end)))) return true;
      if (social && onlyNames(sentence, namesBySentence.get(sentence) ?? [])) return true;
      return (category === 'os' || category === 'browser') && inProductListing(match, sentence.text, context, systemsBySentence.get(sentence) ?? []);
    };

    const kept = readings.filter(({ entity, match, sentence, context }) => entity.kind !== 'platform' || !passingMention(entity.id, match, sentence, context));
    // A platform named once, in the body, with no word of an attack or a flaw near it is named in
    // passing ("the CEO said on Twitter", "a rival to Windows"): nothing happened on it.
    const platformMentions = new Map<string, number>();
    for (const { entity } of kept) if (entity.kind === 'platform') platformMentions.set(entity.id, (platformMentions.get(entity.id) ?? 0) + 1);
    const onlyInPassing = (id: string, sentence: Sentence, nearby: string) =>
      sentence.paragraph !== 0 && (platformMentions.get(id) ?? 0) < 2 && !SECURITY_CONTEXT.test(nearby) && !INCIDENT_CONTEXT.test(nearby) && !PENTEST_CONTEXT.test(nearby);

    const found: EntityFindings = { actors: [], malware: [], platforms: [] };
    const seen = new Set<string>();
    for (const { entity, match, sentence, context, nearby, previousEnd } of kept) {
      if (entity.kind === 'platform' && onlyInPassing(entity.id, sentence, nearby)) continue;
      if (entity.kind === 'platform' && COINS.has(entity.id) && !namesNetwork(match, sentence.text)) continue;
      if ((match.name.ambiguous || entity.kind === 'platform') && partOfLongerName(match, sentence.text, previousEnd)) continue;
      const supported = SECURITY_CONTEXT.test(context) || (entity.kind === 'platform' && PENTEST_CONTEXT.test(context));
      if (match.name.ambiguous && !confirmed.has(key(entity)) && !supported) continue;
      if (match.name.ambiguous && entity.kind !== 'platform' && !confirmed.has(key(entity)) && platformWords.has(match.surface)) continue;
      if (seen.has(key(entity))) continue;
      seen.add(key(entity));
      const list = entity.kind === 'actor' ? found.actors : entity.kind === 'malware' ? found.malware : found.platforms;
      list.push(entity.id);
    }
    return found;
  };
}

// "Teams Up With": a verb, not the product.
const PHRASAL_UP = /^\s+up\b/i;

/**
 * A name the catalog writes with a small first letter (iOS, iCloud, macOS) written in capitals is another
 * thing ("IOS" is Cisco's system), unless it stands in a sentence of several words all in capitals.
 */
function otherThingInCapitals(match: NameMatch<Entity>, text: string): boolean {
  if (!/^\p{Ll}/u.test(match.name.name) || match.surface !== match.surface.toUpperCase()) return false;
  return text !== text.toUpperCase() || !/\p{L}+\s+\p{L}+\s+\p{L}+/u.test(text);
}

function namesNetwork(match: NameMatch<Entity>, text: string): boolean {
  return COIN_AS_NETWORK_AFTER.test(text.slice(match.end, match.end + 40)) || COIN_AS_NETWORK_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start));
}

// Vendors whose names begin product names the catalog lists on their own ("Microsoft Teams").
const VENDORS = /^(?:Microsoft|Google|Apple|Amazon|Meta|Oracle|Adobe|Cisco|IBM|VMware|Atlassian|Mozilla|Samsung|The|A|An|On|In|Of|Via|For|And|Its|Their|Our)$/;

/**
 * A name glued to a capitalised neighbour is usually part of another name: "DMM Bitcoin" is an
 * exchange, "Windows Defender Team" a team, "Signal Hill" a place.
 */
function partOfLongerName(match: NameMatch<Entity>, text: string, previousEnd: number): boolean {
  if (isTitleCase(text)) return false;
  const before = /(?:^|\s)([A-Z][A-Za-z0-9&.]*)\s+$/.exec(text.slice(Math.max(0, match.start - 30), match.start));
  const word = before?.[1];
  if (!before || !word || VENDORS.test(word)) return false;
  const wordStart = match.start - before[0].length + before[0].indexOf(word);
  // The first word of a sentence is capitalised anyway, and a catalog name just before makes a list
  // ("Ke3chang Axiom").
  const sentenceStart = wordStart === 0 || /[.!?:]\s*$/.test(text.slice(0, wordStart));
  const previousIsName = previousEnd === wordStart + word.length;
  return !sentenceStart && !previousIsName;
}

function key(entity: Entity): string {
  return `${entity.kind}:${entity.id}`;
}

/** Decides whether a name both an actor and a malware family carry means the people or the code. */
function reading(
  match: NameMatch<Entity>,
  text: string,
  actorByName: Map<string, string>,
  malwareByName: Map<string, string>,
  actorIds: Set<string>,
): Entity {
  const name = match.name.name.toLowerCase();
  const actor = actorByName.get(name);
  const malware = malwareByName.get(name);
  if (!actor || !malware || !actorIds.has(actor)) return match.value;
  // A parenthesis after the name is another name for it: "REvil (Sodinokibi) ransomware".
  const after = text.slice(match.end).replace(/^\s*\([^)]{1,40}\)/, '');
  if (OPERATION_NOUN.test(after)) return { kind: 'actor', id: actor };
  if (MALWARE_NOUN.test(after) || MALWARE_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) return { kind: 'malware', id: malware };
  if (ACTOR_NOUN.test(after) || RANSOMWARE_OPERATION.test(after)) return { kind: 'actor', id: actor };
  return match.value;
}
