/**
 * Mentions of a platform that say nothing happened on or through it (docs/labeling.md, platforms):
 * share and follow bars in any language, contact lines, a yardstick, the one reporting, an owner,
 * the place something was posted without an attacker, and the systems a product listing runs on.
 * entities.ts leaves these out.
 */
import type { NameMatch } from './name-matcher.ts';
import type { Sentence } from './plain-text.ts';

// Social-media boilerplate anywhere in a sentence ("share it with us on Facebook, Twitter or our
// LinkedIn Group", also in machine-reworded copies).
const BOILERPLATE =
  /(?:\bs[ií]guenos|\bsuivez-nous|\bfolgen Sie uns|\bfolge uns|\bsegui-nos|\bsiga-nos|\bsegue-nos|\bseguici|\bvolg ons|\bikuti kami|\bf[øö]lj? (?:os|oss)\b)|\b(?:follow (?:us|me|them)|like us|share (?:this|on|via|it with)|subscribe|join (?:us|our)|find us on|\bour\s+(?:[\w-]+\s+){0,2}?(?:group|page|channel|community|handle|feed|server)s?\b|connect with us|(?:be )?contacted (?:on|via)|reach (?:us|me|him|her) (?:on|via)|stay (?:tuned|updated)|download (?:it |the app )?(?:from|on))\b/i;

// A sentence that opens with a share or follow verb is a bar's label or a call to the reader, in any
// language: "Share on Facebook", "Compartir en", "Compartilhe no", "Partager sur", "Teilen auf",
// "Bagikan ke", "Condividi su", "Follow The Example Times on Twitter". Prose names the attacker
// first ("Die Angreifer teilen die Daten auf Telegram"), so only the opening counts.
const SHARE_OR_FOLLOW_OPENING = new RegExp(
  String.raw`^[\s\p{P}\p{S}]*(?:please\s+|don'?t\s+forget\s+to\s+|be\s+sure\s+to\s+|no\s+olvides\s+)?` +
    String.raw`(?:share|follow|like|tweet|pin\s+it|subscribe|tag\s+us|message\s+us|` +
    String.raw`compart(?:ir|e|a|elo|ela|irlo|ilh(?:e|ar|a))|s[ií]gue(?:nos)?|suscr[ií]bete|[úu]nete|` +
    String.raw`partilh(?:e|ar|a)|siga|curta|inscreva-se|acompanhe|` +
    String.raw`partag(?:er|ez|e)|suivez|abonnez-vous|rejoignez-nous|` +
    String.raw`teilen|teile|folgen|folge|abonniere\w*|` +
    String.raw`condividi|segui(?:teci)?|iscriviti|delen|deel|volg|` +
    String.raw`bagikan|ikuti|kongsi|sebarkan|paylaş|takip\s+edin|udostępnij|obserwuj|` +
    String.raw`dela|del|følg|följ|поделит\p{L}*|подписывайт\p{L}*|следите)(?![\p{L}-])`,
  'iu',
);

// What else a bar holds besides platform names: share words in several languages, other share
// targets the catalog does not list, counts, separators.
const BAR_WORDS =
  /^(?:e-?mail|email|correo|courriel|print|imprimir|imprimer|drucken|cetak|stampa|copy\s+link|copiar\s+(?:enlace|link)|copier\s+le\s+lien|link\s+kopieren|salin\s+tautan|copia\s+link|more|más|mais|plus|mehr|lainnya|altro|share|compartir|compartilhar|partager|teilen|bagikan|condividi|delen|tweet|pin|like|pinterest|tumblr|xing|flipboard|pocket|mix|digg|stumbleupon|sms|messenger|gmail|yahoo|naver|and|or|y|o|e|et|und|dan|\d+[kKmM]?)$/i;

/** Whether a sentence is social-media boilerplate: a bar's label, a follow line, a call to share. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text) || SHARE_OR_FOLLOW_OPENING.test(text);
}

/** A line that is nothing but platform names and share words ("Facebook | Twitter | Copiar enlace"): a share bar. */
export function onlyNames(sentence: Sentence, names: readonly string[]): boolean {
  if (sentence.paragraph === 0) return false;
  let rest = sentence.text;
  for (const name of names) rest = rest.replace(name, ' ');
  // Multi-word bar words first ("copy link"), then every remaining word must be one.
  const words = rest
    .replace(/\b(?:copy|copiar|copier|link|salin|copia)\s+(?:link|enlace|le\s+lien|kopieren|tautan)\b/gi, ' ')
    .split(/[\s|,/·•:()[\]-]+/)
    .filter((word) => word !== '');
  return words.every((word) => BAR_WORDS.test(word));
}

// A platform yardstick ("a safe bet compared to Windows"), the one reporting ("Visa is warning",
// "Visa said"), and the place something was posted where no attacker did the posting ("an executive
// posting a photo on Weibo", "the leak became known from posts on Facebook by job seekers").
const COMPARED_BEFORE = /\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than|unlike|versus|vs\.?|similar(?:ly)?\s+to|akin\s+to|analogous\s+to|equivalent\s+to|alternative\s+to)\s+(?:the\s+|on\s+)?(?:[\w.-]+(?:'s|’s)\s+)?$/i;
const REPORTER_AFTER =
  /^(?:'s|’s)?\s+(?:(?:has|have|had|is|also|publicly|recently|later|now)\s+)*(?:said|says|warned|warns|warning|reported|reports|announced|announces|confirmed|confirms|told|stated|noted|investigat\w+|disclosed|explained|added|acknowledged|declined|spokes(?:man|woman|person))\b/i;
// Except a version bound ("less than Firefox 68.2") or a share of a count ("more than macOS (10.5%)"),
// which name what is affected.
const MEASURED_AFTER = /^\s*(?:v?\d|\(\s*[\d.,]+\s*%)/;
// Who may post on a platform as part of an attack ("hackers posted the stolen data on Telegram").
// A "WhatsApp group" is where people talk, not a threat group.
const ATTACKERS =
  /\b(?:hackers?|attackers?|criminals?|cybercriminals?|scammers?|fraudsters?|extortionists?|threat\s+actors?|gangs?|(?<!\b(?:WhatsApp|Telegram|Facebook|Signal|Viber|LINE|WeChat|Discord|Slack|LinkedIn|Reddit|VK|Google|Yahoo)\s)groups?|operators?|crooks|trolls?|bots?)\b/i;
// The owner of another product or an organisation named after the platform: "Facebook-owned Instagram",
// "the Linux Foundation".
const OWNER_AFTER = /^(?:-owned|-backed|\s+(?:Foundation|Inc\b\.?|Corp\b\.?|Corporation|LLC|Ltd\b\.?|Ventures|Capital)\b)/;
// Someone's presence on a platform, found while tracing them ("researchers found profiles on YouTube,
// Skype and VK"); fake profiles made for an attack are another matter.
const PROFILES_ON_BEFORE = /(?<!\b(?:fake|fraudulent|bogus|cloned|impersonating)\s)\b(?:profiles?|pages|channels)\s+on\s+(?:[\w.-]+,?\s+(?:and\s+)?)*$/i;
const POSTED_ON_BEFORE =
  /\b(?:post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wrote|writes|said|says|mentioned|discussed|claimed|started|announced|shared|published|uploaded|replied|commented|responded|alert(?:s|ed|ing)?|warn(?:s|ed|ing)?|notif(?:y|ied|ies|ying)|inform(?:s|ed|ing)?)\b[^.;]{0,60}?\b(?:on|via|through)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?$/i;
// "logged on to Facebook and posted angrily": someone posting there after the fact.
const POSTED_AFTER = /^\s+(?:and|to)\s+(?:post(?:s|ed)?|tweet(?:s|ed)?|wrote|write|shar(?:e|ed)|comment(?:s|ed)?|vent(?:s|ed)?|complain(?:s|ed)?)\b/i;
// A contact or embed line: "Instagram : some_handle", "YouTube: Example Channel", "From the team on
// YouTube:". A few words after the colon, none of them about an attack.
const CONTACT_AFTER = /^\s*[:：]\s*(?:@?[\p{L}\p{N}_.'’-]+(?:\s+@?[\p{L}\p{N}_.'’-]+){0,3})?\s*$/u;
const ATTACK_WORDS =
  /\b(?:hack\w*|attack\w*|malware|malicious|ransomware|trojan\w*|spyware|backdoor\w*|botnet|phishing|breach\w*|compromis\w*|infect\w*|exploit\w*|vulnerab\w*|steal\w*|stole|stolen|theft|stealer|wiper|worm|payload|loader|zero-day|CVE-\d+|patch\w*|flaws?|bugs?|advisor\w*|targets?|targeting|targeted|abus\w*|leak\w*|scam\w*|fraud\w*|spam\w*|fake|credentials?|passwords?|C2|command-and-control|exfiltrat\w*|harvest\w*|campaigns?|espionage|spies|spying|surveillance|incidents?|affect\w*|impact\w*|occurr\w*|happen\w*)\b/i;

// Someone on a platform who speaks there ("a user on Reddit claimed"); users on it who were attacked are
// another matter, and their sentence says so.
const SPEAKER_ON_BEFORE = /\b(?:users?|members?|posters?|commenters?|someone|people|a\s+person)\s+on\s+$/i;
const SPOKE_AFTER = /^\s+(?:\w+\s+){0,2}?(?:claimed|claims|said|says|wrote|writes|reported|reports|posted|complained|noted|asked|replied)\b/i;
// A platform's company as a partner ("Mozilla, in partnership with Facebook, Cloudflare and others") or
// told of a bug ("the issue was reported to Facebook").
const PARTNER_BEFORE = /\b(?:in\s+partnership\s+with|partner(?:ed|ing|s)?\s+with|in\s+collaboration\s+with|collaborat\w+\s+with|joined\s+by)\s+(?:[\w.-]+,?\s+(?:and\s+)?)*$/i;
const TOLD_OF_BEFORE = /\b(?:reported|disclosed|submitted|notified|responsibly\s+disclosed)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?$/i;
// Where something can be downloaded, or is not to be found: "can be downloaded from Google Play",
// "none of them are available via the Play Store".
const NOT_THERE_BEFORE = /(?:\b(?:none|not|never|no\s+longer)\b|n't\b)[^.;]{0,40}\b(?:available|listed|found|hosted|distributed|offered)\b[^.;]{0,30}$/i;
const DOWNLOADED_FROM_BEFORE = /\b(?:download(?:ed|able)?|available|installed|obtained)\s+(?:\w+\s+){0,3}?(?:from|on|in|via|through)\s+(?:the\s+)?(?:(?:[\w.-]+\s+){1,3}(?:and|or)\s+)?$/i;

/** A yardstick, a reporter, an owner, a contact line, or a place something was posted or found without an attacker. */
export function saysNothingHappened<T>(match: NameMatch<T>, text: string, social: boolean): boolean {
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const after = text.slice(match.end, match.end + 60);
  if ((COMPARED_BEFORE.test(before) && !MEASURED_AFTER.test(after)) || REPORTER_AFTER.test(after)) return true;
  if (OWNER_AFTER.test(after)) return true;
  if (PARTNER_BEFORE.test(before) || TOLD_OF_BEFORE.test(before) || (SPEAKER_ON_BEFORE.test(before) && SPOKE_AFTER.test(after))) return true;
  if (NOT_THERE_BEFORE.test(before) || (DOWNLOADED_FROM_BEFORE.test(before) && !ATTACK_WORDS.test(text))) return true;
  if (social && CONTACT_AFTER.test(text.slice(match.end)) && !ATTACK_WORDS.test(text)) return true;
  return (POSTED_ON_BEFORE.test(before) || PROFILES_ON_BEFORE.test(before) || POSTED_AFTER.test(after)) && !ATTACKERS.test(text);
}

// Where a product or a course says what it runs on: "available for Windows, Linux and macOS",
// "Requirements: Windows 10", "Platforms: Windows, Linux, macOS", "Works on Chrome and Firefox".
const RUNS_ON =
  /\b(?:available\s+(?:\w+\s+){0,2}?(?:for|on|in)|compatible\s+with|supports?|supported\s+(?:on|by)|runs?\s+on|running|works?\s+(?:on|with)|requirements?|required|platforms?\s*:|(?:operating\s+systems?|OS)\s*:|download\s+(?:\w+\s+){0,2}?(?:for|on)|(?:apps?|versions?|clients?|editions?|builds?)\s+for|offers?\s+(?:\w+\s+){0,2}?for|comes?\s+(?:to|for)|launch(?:es|ed)?\s+(?:\w+\s+){0,2}?(?:for|on))\b/i;
// What joins two systems of a list, once version numbers are taken out: "Windows, Mac and Linux",
// "Windows 10, macOS 11 or Ubuntu 20.04", "Windows/Linux".
const SYSTEMS_JOIN = /^\s*(?:,|\/|&|\||and|or|y|o|e|ou|et|und|oder|dan|atau)\s*(?:and\s+|or\s+)?$/i;

/**
 * Whether a platform is only one of the systems a product or a course runs on: a sentence that
 * says where something runs, in a passage (`context`, the sentence and its neighbours) that says
 * nothing of an attack, a flaw or a fix; or a list of operating systems (`systems`, the ones the
 * sentence names; a browser among the programs a stealer reads is not one) in a sentence that says
 * nothing of one.
 */
export function inProductListing<T>(match: NameMatch<T>, text: string, context: string, systems: readonly NameMatch<T>[]): boolean {
  // A sentence that lists systems and says nothing of an attack names where a product runs, in any post
  // ("Google released Chrome 77 for Windows, Mac, and Linux"); one that names an attack or a flaw keeps
  // them ("the stealer targets Windows, macOS and Linux").
  if (ATTACK_WORDS.test(text)) return false;
  if (systems.includes(match) && joinedToAnother(match, text, systems)) return true;
  if (ATTACK_WORDS.test(context)) return false;
  return RUNS_ON.test(text);
}

/** Whether a system is joined to another of the sentence's systems by a comma, "and", "or" or a slash. */
function joinedToAnother<T>(match: NameMatch<T>, text: string, systems: readonly NameMatch<T>[]): boolean {
  return systems.some((other) => {
    if (other === match) return false;
    const [first, second] = other.start < match.start ? [other, match] : [match, other];
    return SYSTEMS_JOIN.test(text.slice(first.end, second.start).replace(/\b\d+(?:\.\d+)*\b/g, ' '));
  });
}
