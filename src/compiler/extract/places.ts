/**
 * Countries by role, and regions. A country mention is an `origin` where the words around it say the
 * attackers come from it or act for it ("North Korean hackers", "hackers from India", "linked to the
 * Vietnamese government"), and a `victim` where they say its people, organisations or infrastructure
 * were attacked ("victims from Russia", "targeting Japan", "Indian patients" in a sentence about a
 * leak). Anything else (a headquarters, a launch, a conference, where police made arrests) is neither:
 * a false victim is worse than a missed one, so every rule asks for explicit words.
 */
import type { CatalogName } from '../catalog/countries.ts';
import type { Catalog } from '../catalog/load-catalog.ts';
import { NameMatcher, type NameMatch } from './name-matcher.ts';
import {
  SPONSOR_AFTER,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  CLAUSE_START,
  ORIGIN_AS_AGENT,
  ORIGIN_POSSESSIVE,
  NAMED_RESPONSIBLE,
  PERPETRATION,
  ORG_NAME_AFTER,
  ORG_NAME_BEFORE,
  NOT_ORIGIN_AFTER,
  SUSPECTS_IN,
  LIVING_IN,
  ATTACKER_IN_SENTENCE,
  NATIONALS_OF,
  REPORTER_BEFORE,
  VICTIM_PASSIVE,
  VICTIM_BEFORE,
  VICTIM_AFTER,
  PERSON_VICTIM_AFTER,
  PERSON_SUFFERED,
  POSSESSIVE_INSTITUTION,
  SUFFERED,
  AGENCY,
  LOCATIVE_BEFORE,
  ATTACK_WORDS,
  namesAttackPlainly,
  BELIEVED_TO_BE,
  ACCUSED_OF_AFTER,
  ONE_OF_THEM_BEFORE,
  ONE_OF_THEM_AFTER,
  SUSPECT_HEADLINE_AFTER,
  DEFENDANT_OF,
  PERSON_FROM,
  OWNED_UP,
  TRACED_TO_BEFORE,
  SPEAKERS_AFTER,
  ATTRIBUTION_WORDS,
  ATTACKED_SYSTEMS_AFTER,
  IMPACT_WORDS,
  HYPOTHETICAL,
  VICTIM_EVENT,
  NEITHER_AFTER,
  NEITHER_BEFORE,
  PERSON_AFTER,
  ARREST_WORDS,
  LIST_GAP,
  BEFORE_ATTACKER,
  IN_PARENTHESES_AFTER,
  IN_PARENTHESES_BEFORE,
  TITLE_SUFFERED,
  VICTIM_CLAUSE_AFTER,
  SPECULATION,
  INSTITUTION_AFTER,
  SAID_BEFORE,
  SPEAKER_AFTER_SAID,
  PERSON_LIVING_IN,
  OFFICIALS_ACTING_AFTER,
  WARNS_BEFORE,
  LANGUAGE_AFTER,
  IN_LANGUAGE_BEFORE,
  LANGUAGE_NAME,
  NOT_A_NOUN_AFTER,
  ACCUSER_VERB_BEFORE,
  AGENCY_IN_BEFORE,
  MEMBERS_OF_GROUP_BEFORE,
  MEMBERS_LISTED_AFTER,
} from './place-cues.ts';
import {
  TRANSLATED_ATTACK_WORDS,
  TRANSLATED_NOT_FACT,
  TRANSLATED_ORIGIN_BEFORE,
  TRANSLATED_ORIGIN_AFTER,
  TRANSLATED_ATTACKED_BEFORE,
  TRANSLATED_VICTIM_BEFORE,
  TRANSLATED_VICTIM_AFTER,
  TRANSLATED_VICTIM_PASSIVE,
  TRANSLATED_LOCATIVE_BEFORE,
  TRANSLATED_VICTIM_EVENT,
  TRANSLATED_NEITHER_BEFORE,
  TRANSLATED_NEITHER_AFTER,
  SHARED_ATTACK_WORDS,
} from './place-cues-translated.ts';
import { isTitleCase, sentenceTokens, type Sentence } from './plain-text.ts';

/** Countries (ISO2) and regions (ids) found in one post. */
export interface PlaceFindings {
  victims: string[];
  origins: string[];
  /** Regions the text names as victim areas ("across Europe"). */
  namedRegions: string[];
  /** Named regions plus the regions of the victim countries. */
  regions: string[];
  /** Every place mention with the role its words gave it: the evidence behind the lists. */
  mentions: PlaceMention[];
}

/** One mention of a country (ISO2) or region (id) and its role in its sentence. */
export interface PlaceMention {
  place: string;
  surface: string;
  role: Role;
  sentence: string;
}

/**
 * What a name found in a post stands for. A country name lists the countries it may mean, the first
 * one first: nearly always one, two for a name the catalog marks ambiguous that a place inside another
 * country also has ("Georgia"). `none` is a name with a place inside that names something else.
 */
type Place = { kind: 'country'; codes: readonly string[]; originOnly: boolean } | { kind: 'region'; id: string } | { kind: 'none' };

/** What a mention says of its place. */
export type Role = 'victim' | 'origin' | null;

/**
 * Builds the finder once per catalog; `find` runs per post, with the post's language (ISO 639-1, `und`
 * when unknown): the Spanish, Portuguese, French and German cues are read where it is not English.
 */
export function createPlaceFinder(catalog: Catalog): (sentences: Sentence[], language?: string) => PlaceFindings {
  const matcher = new NameMatcher<Place>([
    ...countryReadings(catalog),
    ...catalog.countries.map((country) => ({
      value: { kind: 'country' as const, codes: [country.code], originOnly: true },
      names: country.originNames,
    })),
    ...catalog.regions.map((region) => ({ value: { kind: 'region' as const, id: region.id }, names: region.names })),
    { value: { kind: 'none' as const }, names: catalog.notPlaces },
  ]);
  const regionsOf = new Map(catalog.countries.map((country) => [country.code, country.regions]));
  const attackerMatcher = new NameMatcher(catalog.actors.map((actor) => ({ value: actor.id, names: actor.names })));

  return (sentences, language = 'und') => {
    const victims = new Set<string>();
    const origins = new Set<string>();
    const namedRegions = new Set<string>();
    // Ambiguous names ("Georgia", "Jordan") count only when the post names the country otherwise too.
    const namedPlainly = new Set<string>();
    const ambiguousRoles: { codes: readonly string[]; role: Role; qualified: boolean }[] = [];
    const mentions: PlaceMention[] = [];

    const title = sentences[0]?.paragraph === 0 ? sentences[0].text : '';
    const aboutAttack = namesAttackPlainly(title) || TRANSLATED_ATTACK_WORDS.test(title);
    const subjects = titleSubjects(title, matcher, attackerMatcher);
    for (const sentence of sentences) {
      const tokens = sentenceTokens(sentence);
      // English writes country names and demonyms with a capital: a name without one in an English post is
      // another language's adjective or a word ("indiana" for "in" in machine-reworded copy).
      const matches = matcher
        .find(sentence.text, tokens)
        .filter((match): match is NameMatch<Mentioned> => match.value.kind !== 'none' && !(language === 'en' && !/\p{Lu}/u.test(match.surface)));
      if (matches.length === 0) continue;
      const attackers = attackerMatcher.find(sentence.text, tokens);
      // The Spanish, Portuguese, French and German cues, for a sentence of a post in another language
      // that speaks of an attack; where the language is unknown (a title alone), only in its own words.
      const translated =
        language !== 'en' &&
        (TRANSLATED_ATTACK_WORDS.test(sentence.text) ||
          (language !== 'und' && (SHARED_ATTACK_WORDS.test(sentence.text) || (aboutAttack && TRANSLATED_VICTIM_EVENT.test(sentence.text))))) &&
        !TRANSLATED_NOT_FACT.test(sentence.text);
      const roles = matches.map((match, index) => {
        const next = matches[index + 1];
        const namesAttacker =
          attackers.some((attacker) => attacker.start >= match.end && BEFORE_ATTACKER.test(sentence.text.slice(match.end, attacker.start))) ||
          (next !== undefined && next.value.kind === 'country' && next.value.originOnly && BEFORE_ATTACKER.test(sentence.text.slice(match.end, next.start)));
        const role =
          roleOf(match, sentence.text, { attackerAfter: namesAttacker, aboutAttack, namesActor: attackers.length > 0 }) ??
          (translated ? translatedRole(match, sentence.text) : null);
        return role === null && describesSubject(match, sentence.text, subjects) ? 'victim' : role;
      });
      shareRolesInLists(matches, roles, sentence.text);
      matches.forEach((match, index) => {
        const role = roles[index] ?? null;
        const place = match.value;
        if (place.kind === 'region') {
          mentions.push({ place: place.id, surface: match.surface, role, sentence: sentence.text });
          if (role === 'victim') namedRegions.add(place.id);
          return;
        }
        const [code, ...others] = place.codes;
        if (code === undefined) return;
        mentions.push({ place: code, surface: match.surface, role, sentence: sentence.text });
        if (match.name.ambiguous || others.length > 0) {
          const qualified = others.length === 0 && INSTITUTION_AFTER.test(sentence.text.slice(match.end, match.end + 40));
          ambiguousRoles.push({ codes: place.codes, role, qualified });
          return;
        }
        if (!place.originOnly) namedPlainly.add(code);
        if (role === 'origin') origins.add(code);
        else if (role === 'victim' && !place.originOnly) victims.add(code);
      });
    }
    for (const { codes, role, qualified } of ambiguousRoles) {
      // The first reading the post supports by naming its country plainly; "Victorian hospitals" needs no
      // support, since no person or era runs hospitals.
      const code = codes.find((candidate) => namedPlainly.has(candidate)) ?? (qualified && role === 'victim' ? codes[0] : undefined);
      if (code === undefined) continue;
      if (role === 'origin') origins.add(code);
      else if (role === 'victim') victims.add(code);
    }

    const regions = new Set(namedRegions);
    for (const code of victims) for (const region of regionsOf.get(code) ?? []) regions.add(region);
    return {
      victims: [...victims].sort(),
      origins: [...origins].sort(),
      namedRegions: [...namedRegions],
      regions: [...regions],
      mentions,
    };
  };
}

/** A place a post mentions: a country or a region. */
type Mentioned = Exclude<Place, { kind: 'none' }>;

/**
 * The country names as matcher entries, one per name: a name several countries share (an ambiguous
 * country name that is also a state elsewhere) lists the country whose own name it is first.
 */
function countryReadings(catalog: Catalog): { value: Place; names: CatalogName[] }[] {
  const readings = new Map<string, { name: CatalogName; codes: string[] }>();
  const add = (name: CatalogName, code: string) => {
    const reading = readings.get(name.name);
    if (!reading) readings.set(name.name, { name, codes: [code] });
    else if (!reading.codes.includes(code)) {
      reading.codes.push(code);
      reading.name = { ...reading.name, ambiguous: true };
    }
  };
  for (const country of catalog.countries) for (const name of country.names) add(name, country.code);
  for (const country of catalog.countries) for (const name of country.placeNames) add(name, country.code);
  return [...readings.values()].map(({ name, codes }) => ({ value: { kind: 'country', codes, originOnly: false }, names: [name] }));
}

/** What the rest of the sentence and the post tell `roleOf` about a mention. */
interface MentionContext {
  /** A threat group is named right after the mention ("North Korea's Lazarus Group"). */
  attackerAfter: boolean;
  /** The post's title speaks of an attack. */
  aboutAttack: boolean;
  /** The sentence names a threat group anywhere. */
  namesActor: boolean;
}

/** The role the words around one mention give it. */
function roleOf(match: NameMatch<Mentioned>, text: string, { attackerAfter, aboutAttack, namesActor }: MentionContext): Role {
  const before = text.slice(Math.max(0, match.start - 120), match.start);
  const after = text.slice(match.end, match.end + 120);
  const place = match.value;
  const isCountry = place.kind === 'country';
  const originOnly = place.kind === 'country' && place.originOnly;
  // A language ("posted in Russian", "Russian speakers") is neither side of an attack.
  if (LANGUAGE_AFTER.test(after) || (IN_LANGUAGE_BEFORE.test(before) && LANGUAGE_NAME.test(match.surface) && NOT_A_NOUN_AFTER.test(after))) return null;
  if (VICTIM_PASSIVE.test(after) && !ORIGIN_BEFORE.test(before)) return originOnly ? null : 'victim';
  const orgName = !isTitleCase(text) && (ORG_NAME_AFTER.test(after) || ORG_NAME_BEFORE.test(before));
  if (ATTACKED_SYSTEMS_AFTER.test(after) && namesAttackPlainly(text)) return originOnly ? null : 'victim';
  // An agency is the one reporting or acting, unless the words before it say it was attacked
  // ("Serious cyber attack on Austria's Foreign Ministry").
  if (AGENCY.test(after) && !orgName && isCountry && !originOnly && VICTIM_BEFORE.test(before) && ATTACK_WORDS.test(text)) return 'victim';
  if (REPORTER_BEFORE.test(before) || (SAID_BEFORE.test(before) && SPEAKER_AFTER_SAID.test(after)) || AGENCY.test(after) || orgName) return null;
  // Regions take part in the origin rules only so that a list ("Eastern Europe or Russia") shares them.
  // Origin asks for a sentence about an attack, a crime, a prosecution or a named threat group:
  // "UK spies are no longer allowed to skip court" and "a link to a New York Times piece" attribute nothing.
  const speaksOfAttack = attackerAfter || namesActor || ATTACK_WORDS.test(text) || ARREST_WORDS.test(text) || ATTRIBUTION_WORDS.test(text);
  // "caught tracking opponents", "accused of hacking": the verb is the attack.
  if (isCountry && ACCUSED_OF_AFTER.test(after) && !SPECULATION.test(text)) return 'origin';
  if (speaksOfAttack && !NOT_ORIGIN_AFTER.test(after) && !SPECULATION.test(text)) {
    if (attackerAfter || SPONSOR_AFTER.test(after) || ORIGIN_POSSESSIVE.test(after) || NAMED_RESPONSIBLE.test(after)) return 'origin';
    if (CLAUSE_START.test(before) && ORIGIN_AS_AGENT.test(after)) return 'origin';
    if (ORIGIN_AFTER.test(after) || (ORIGIN_BEFORE.test(before) && !(MEMBERS_OF_GROUP_BEFORE.test(before) && MEMBERS_LISTED_AFTER.test(after))) || SUSPECTS_IN.test(before)) return 'origin';
    if (LIVING_IN.test(before) && ATTACKER_IN_SENTENCE.test(text)) return 'origin';
    if (PERSON_LIVING_IN.test(before) && ARREST_WORDS.test(text)) return 'origin';
    if (isCountry && ACCUSER_VERB_BEFORE.test(before)) return 'origin';
    if (BELIEVED_TO_BE.test(before) && (namesActor || ATTACKER_IN_SENTENCE.test(text))) return 'origin';
    if (PERSON_FROM.test(before) && (ARREST_WORDS.test(text) || OWNED_UP.test(text))) return 'origin';
    if (ONE_OF_THEM_BEFORE.test(before) && ONE_OF_THEM_AFTER.test(after)) return 'origin';
    if (before.trim() === '' && SUSPECT_HEADLINE_AFTER.test(after)) return 'origin';
    if (DEFENDANT_OF.test(before) && !VICTIM_CLAUSE_AFTER.test(after) && (ARREST_WORDS.test(text) || OWNED_UP.test(text))) return 'origin';
    const suspect = PERSON_AFTER.test(after) || NATIONALS_OF.test(before);
    if (suspect && (ARREST_WORDS.test(text) || PERPETRATION.test(text)) && ATTACK_WORDS.test(text)) return 'origin';
  }
  if (originOnly) return null;
  if (NEITHER_AFTER.test(after) || NEITHER_BEFORE.test(before) || TRACED_TO_BEFORE.test(before)) return null;
  if (PERSON_LIVING_IN.test(before) || AGENCY_IN_BEFORE.test(before) || OFFICIALS_ACTING_AFTER.test(after) || WARNS_BEFORE.test(before)) return null;
  if (HYPOTHETICAL.test(text)) return null;
  if (isCountry && VICTIM_CLAUSE_AFTER.test(after)) return 'victim';
  // A lowercase demonym in parentheses is a language ("versão 1.1 (espanhol)"), not a place.
  if (isCountry && IN_PARENTHESES_BEFORE.test(before) && IN_PARENTHESES_AFTER.test(after) && /^\p{Lu}/u.test(match.surface) && VICTIM_EVENT.test(text)) return 'victim';
  if (SPEAKERS_AFTER.test(after)) return null;
  if (!namesAttackPlainly(text) && !(aboutAttack && (ATTACK_WORDS.test(text) || IMPACT_WORDS.test(text)))) return null;
  if (VICTIM_BEFORE.test(before) || VICTIM_AFTER.test(after)) return 'victim';
  if (LOCATIVE_BEFORE.test(before) && (VICTIM_EVENT.test(text) || (aboutAttack && IMPACT_WORDS.test(text)))) return 'victim';
  if (PERSON_VICTIM_AFTER.test(after) && PERSON_SUFFERED.test(text)) return 'victim';
  if (isCountry && POSSESSIVE_INSTITUTION.test(after) && SUFFERED.test(text)) return 'victim';
  return null;
}

/**
 * The role the words around a mention give it in Spanish, Portuguese, French or German: the English
 * rules' order (the attackers' side first, then an attack that falls on the place, then who reports
 * or arrests, then the attacked people and organisations, then a place-only mention).
 */
function translatedRole(match: NameMatch<Mentioned>, text: string): Role {
  const before = text.slice(Math.max(0, match.start - 120), match.start);
  const after = text.slice(match.end, match.end + 120);
  const originOnly = match.value.kind === 'country' && match.value.originOnly;
  if (TRANSLATED_VICTIM_PASSIVE.test(after) && !TRANSLATED_ORIGIN_BEFORE.test(before)) return originOnly ? null : 'victim';
  if (TRANSLATED_ORIGIN_BEFORE.test(before) || TRANSLATED_ORIGIN_AFTER.test(after)) return 'origin';
  if (originOnly) return null;
  if (TRANSLATED_ATTACKED_BEFORE.test(before)) return 'victim';
  if (TRANSLATED_NEITHER_BEFORE.test(before) || TRANSLATED_NEITHER_AFTER.test(after)) return null;
  if (TRANSLATED_VICTIM_BEFORE.test(before) || TRANSLATED_VICTIM_AFTER.test(after)) return 'victim';
  if (TRANSLATED_LOCATIVE_BEFORE.test(before) && TRANSLATED_VICTIM_EVENT.test(text)) return 'victim';
  return null;
}

// A verb of attack with its object after it: a name, or an article or possessive before one.
const ACTIVE_ATTACK_VERB = /(?<=\S\s+)\b(?:hacked|breached|attacked|targeted|compromised|hijacked|infiltrated|spied\s+on)\s+(?!(?:by|in|on|at|for|via|over|after|with|from|again|twice|and|or|as)\b)(?=\p{L})/iu;

// Capitalised title words that are not names of organisations.
// Also the ones who found or reported it ("Indian Security Researcher Finds Starbucks API Key Exposed").
const TITLE_WORDS = new Set([
  'Security', 'Researcher', 'Researchers', 'Expert', 'Experts', 'Analyst', 'Analysts', 'Finds',
  'Found', 'Discovers', 'Reveals', 'Warns', 'The', 'A', 'An', 'New', 'How', 'Why', 'What', 'After',
  'Over', 'With', 'From', 'Into', 'For', 'And', 'Its', 'Their', 'This', 'That', 'Hackers', 'Hacker',
  'Attack', 'Attacks', 'Breach', 'Data', 'Ransomware', 'Cyber', 'Cyberattack', 'Million', 'Billion',
  'Crypto', 'Cryptocurrency', 'Exchange', 'Bank', 'Report', 'Says', 'Said',
]);

/**
 * The organisations a title reports as attacked ("Cryptocurrency exchange Upbit loses $52m in ETH
 * hack": Upbit), so that "UpBit, a South Korean cryptocurrency market" makes South Korea a victim.
 */
function titleSubjects(title: string, places: NameMatcher<Place>, attackers: NameMatcher<string>): string[] {
  if (!TITLE_SUFFERED.test(title)) return [];
  // Places and threat groups are not the organisation attacked, nor is whoever did it ("... Hacked by
  // the Saudi Crown Prince").
  // In the active voice the attacked organisation follows the verb ("Saudi Prince Allegedly Hacked World's
  // Richest Man"); in the passive it comes first ("Upbit Hacked", "... Hacked by the Saudi Crown Prince").
  const active = ACTIVE_ATTACK_VERB.exec(title);
  const attacked = active ? title.slice(active.index + active[0].length) : (title.split(/\s+by\s+/i)[0] ?? title);
  const placeWords = new Set([...places.find(title), ...attackers.find(title)].flatMap((match) => match.surface.split(/\s+/)));
  return [...new Set(attacked.match(/\b[A-Z][\p{L}\d]*[a-z\d][\p{L}\d]*\b/gu) ?? [])].filter(
    (word) => word.length >= 3 && !TITLE_WORDS.has(word) && !placeWords.has(word),
  );
}

/** Whether a mention says where a title's attacked organisation is from: "South Korea's UpBit", "UpBit, a South Korean exchange". */
function describesSubject(match: NameMatch<Mentioned>, text: string, subjects: string[]): boolean {
  if (match.value.kind !== 'country' || match.value.originOnly || subjects.length === 0) return false;
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  const after = text.slice(match.end, match.end + 60);
  return subjects.some((subject) => {
    const name = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const owner = new RegExp(`^(?:'s|’s|[\\s-]+based|[\\s-]+headquartered)?\\s+(?:(?!group|gang|hackers?|state|sponsored|backed|linked|APT|actors?|crew)[\\w-]+\\s+){0,2}?${name}\\b`, 'i');
    const apposition = new RegExp(`\\b${name},\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?$`, 'i');
    return owner.test(after) || apposition.test(before);
  });
}


/** "victims from Russia, China, Poland and the UK": the members of a list share the first one's role. */
function shareRolesInLists(matches: NameMatch<Mentioned>[], roles: Role[], text: string): void {
  let start = 0;
  for (let i = 1; i <= matches.length; i++) {
    const previous = matches[i - 1];
    const current = matches[i];
    const joined = previous && current && LIST_GAP.test(text.slice(previous.end, current.start));
    if (joined) continue;
    // A list runs from `start` to `i - 1`.
    const members = roles.slice(start, i);
    const shared: Role = members.includes('origin') ? 'origin' : members.includes('victim') ? 'victim' : null;
    if (shared && i - start > 1) for (let k = start; k < i; k++) if (roles[k] === null) roles[k] = shared;
    start = i;
  }
}
