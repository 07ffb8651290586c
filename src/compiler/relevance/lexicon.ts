/**
 * Security words in the languages Sitrep reads (English, Spanish, Portuguese, French, German), as
 * the index's tokenizer folds them (lower case, no accents, English plurals folded). The relevance
 * model learns one weight for all of them together, from mostly English posts, so a Spanish post
 * about a "ciberataque" counts as much as an English one about a cyberattack. "Crack" and
 * "jailbreak" are not among them: in feeds they mostly sell cracked apps and jailbreak tweaks.
 */
import { foldText, stem } from '../../model/search/tokens.ts';

const WORDS: Record<string, string> = {
  en: `hack hacked hacker hacking breach breached cyberattack cyber-attack cybercrime cybercriminal cybersecurity malware
    ransomware spyware stalkerware trojan botnet phishing exploit exploited vulnerability vulnerable zero-day backdoor apt
    ddos leak leaked stolen extortion attacker intrusion compromised credential infostealer wiper rootkit cve patch
    espionage surveillance censorship privacy scam scammer fraud fraudster spy spying password
    encryption decryptor bounty stalking impersonation keylogger skimmer skimming 0-day 0day exploitation cryptojacking
    malvertising smishing vishing sextortion doxxing defaced defacement hijacked hijacking exfiltration cyberespionage
    cyberwarfare ransom darknet carding typosquatting spoofing spoofed`,
  es: `ciberataque ciberataques ciberseguridad ciberdelincuente ciberdelincuentes ciberdelito ciberdelitos hackeo hackeado
    pirata piratas informatico informaticos vulnerabilidad vulnerabilidades filtracion brecha robo malware ransomware
    secuestro troyano estafa estafas fraude suplantacion espionaje delincuentes extorsion incidente incidentes privacidad
    contrasena contrasenas`,
  pt: `ciberataque ciberataques ciberseguranca cibercriminoso cibercriminosos hackeado hackers invasao vulnerabilidade
    vulnerabilidades vazamento vazados golpe golpes golpistas fraude sequestro criminosos malware ransomware espionagem
    extorsao privacidade senha senhas`,
  fr: `cyberattaque cyberattaques cybersecurite cybercriminel cybercriminels piratage pirate pirates rancongiciel
    vulnerabilite faille failles fuite malveillant hameconnage escroquerie arnaque espionnage extorsion confidentialite`,
  de: `cyberangriff cyberangriffe hackerangriff hackerangriffe sicherheitslucke sicherheitslucken schadsoftware
    erpressungstrojaner datenleck angreifer cyberkriminelle betrug betruger spionage erpressung datenschutz`,
};

// Function words of the languages besides English that feeds mix in: as features they would only
// learn which languages the training posts' noise was written in.
const FOREIGN_FUNCTION_WORDS = `de la el en los las del al un una por para con que se su es como mas pero sus le lo
  da do dos das em no na nos nas um uma com os ao pelo pela nao sao foi
  et les des du au aux une est pour dans sur qui ne pas plus par il elle
  der die das und ist mit den dem des ein eine nicht sich auf fur von zu im
  dan yang di ke dari ini itu untuk dengan tidak ada akan atau juga pada`;

/** Function words of other languages, kept out of the model's word features. */
export const FOREIGN_STOPWORDS: ReadonlySet<string> = new Set(FOREIGN_FUNCTION_WORDS.split(/\s+/).filter(Boolean));

/** Every folded security word, whatever its language. */
export const SECURITY_WORDS: ReadonlySet<string> = new Set(
  Object.values(WORDS)
    .flatMap((list) => list.split(/\s+/))
    .filter(Boolean)
    .map((word) => stem(foldText(word))),
);
