/**
 * The words around a place mention that give it a role in Spanish, Portuguese, French and German
 * posts: the same rules as the English cues (place-cues.ts), in the commonest words of those
 * languages. Romance languages put the demonym after its noun ("hackers rusos", "empresas
 * españolas", "pirates informatiques russes"); German before it ("russische Hacker", "deutsche
 * Unternehmen"), as English does. Compiled once.
 */

// JavaScript's \b knows only ASCII letters, so words that begin or end in "é", "ó" or "Ö" are bounded
// with look-arounds on any letter.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// An optional article before the place ("contra la India", "soutenu par l'Iran"), then the place.
const ART = "(?:\\s+(?:el|la|los|las|un|una|o|a|os|as|um|uma|le|les|der|die|das|den|dem|des|ein|eine|einen|einem|einer)|\\s+l['’])?";
const END = '[\\s«"“]*$';
// Up to `n` words, for the nouns and adjectives Romance languages put between a verb and its place.
const words = (n: number) => `(?:\\s+[\\p{L}\\p{N}-]+){0,${n}}?`;

// ---- Whether a sentence speaks of an attack.
const ATTACK =
  '(?:ciber)?ataques?|atac(?:ad[oa]s?|ó|aron|an|a|ar|ou|aram|am)|hacke(?:o|os|ad[oa]s?|aron|ó|ou|aram|ar)|pirate(?:o|ad[oa]s?|aron|ó)' +
  '|filtraci(?:ón|ones)|filtrad[oa]s?|vazamentos?|vazad[oa]s?|vazou|brechas?\\s+de\\s+(?:datos|seguridad)|robos?\\s+de|robad[oa]s?|rob(?:ó|aron)|roub(?:o|os|ad[oa]s?|ou|aram)' +
  '|v[ií]c?timas?|secuestro\\s+de\\s+datos|sequestro\\s+de\\s+dados|ciberdelincuentes?|cibercriminales?|cibercriminosos?|ciberespionaje|ciberespionagem' +
  '|espionaje|espionagem|invadid[oa]s?|invas(?:ão|ões)|invadi(?:u|ram)|comprometid[oa]s?|infectad[oa]s?|estafas?|fraudes|extorsi(?:ón|ones)|extors(?:ão|ões)' +
  '|intrusi(?:ón|ones)|(?:cyber)?attaques?|attaqu(?:é|ée|és|ées|ent|ait|aient)|pirat(?:age|ages|é|ée|és|ées)|fuites?\\s+de\\s+données|vols?\\s+de\\s+données' +
  '|victimes?|rançongiciels?|hameçonnage|escroqueries?|cybercriminels?|espionnage|pirates\\s+informatiques|piratas\\s+inform[aá]ticos|(?:cyber|hacker)?angriff(?:e|en|s)?' +
  '|atacantes?|attaquants?|angreifer|täter|angegriffen|attackiert|gehackt|greif(?:en|t)|griffen|datenlecks?|datendiebstahl|gestohlen|erbeutet|erbeuteten|opfer|erpressung|cyberkriminelle[n]?|spionage' +
  '|kompromittiert|infiziert|schadsoftware|trojaner';
/** Attack words the other languages share with English ("los hackers", "le ransomware"). */
export const SHARED_ATTACK_WORDS = /\b(?:hackers?|ransomware|malware|phishing|DDoS|spyware|botnets?|trojans?|APT\s?\d*)\b/i;
/** Attack words of the other languages, to tell a sentence about an attack. */
export const TRANSLATED_ATTACK_WORDS = new RegExp(`${B}(?:${ATTACK})${E}`, 'iu');
/** Speculation, scenarios and drills report no attack: "no se descarta", "simulacro", "nicht ausgeschlossen". */
export const TRANSLATED_NOT_FACT =
  /(?:no\s+(?:se\s+)?descart\w+|não\s+(?:se\s+)?descart\w+|n['’]exclu\w*\s+pas|nicht\s+ausgeschlossen|especula\w*|spécul\w*|spekul\w*|rumores|rumeurs|gerüchte|simulacros?|simulaç\w+|simulations?|escenarios?|cenários?|scénarios?|übung\w*|ejercicios?)/iu;

// ---- Origin: the attackers' side.
const ATTACKER =
  '(?:hackers?|piratas?(?:\\s+inform[aá]tic[oa]s)?|pirates?(?:\\s+informatiques)?|ciberdelincuentes?|cibercriminales?|cibercriminosos?|criminosos(?:\\s+virtuais)?' +
  '|cybercriminels?|atacantes?|attaquants?|esp[ií]as|espi[õo]es|espions|grupos?\\s+(?:de\\s+)?(?:hackers?|piratas(?:\\s+inform[aá]ticos)?|ciberdelincuentes|cibercriminosos|ciberespionaje|ciberespionagem|APT)' +
  '|groupes?\\s+(?:de\\s+)?(?:pirates|hackers|cybercriminels|APT)|actores\\s+(?:de\\s+amenazas|maliciosos)|atores\\s+(?:de\\s+ameaças|maliciosos)|acteurs\\s+malveillants' +
  '|servicios\\s+de\\s+inteligencia|serviços\\s+de\\s+inteligência|services\\s+de\\s+renseignement|APTs?)';
// Words that may stand between the attackers and their demonym: "hackers presuntamente rusos".
const ATTACKER_MODIFIER =
  '(?:presunt[oa]s|supuest[oa]s|supost[oa]s|présumés|presuntamente|supuestamente|supostamente|alegadamente|prétendument|probablemente|probablement|estatales|estatais|étatiques' +
  '|patrocinad[oa]s\\s+por\\s+el\\s+estado|respaldad[oa]s\\s+por\\s+el\\s+estado)';
// After the attackers, the words that lead to their country: "hackers de Rusia", "vinculados al gobierno de".
const FROM =
  '(?:de|desde|da|do|dos|das|du|des|procedentes\\s+de|provenientes\\s+de|originári[oa]s\\s+d[eoa]|vinculad[oa]s\\s+(?:a|al|con)|ligad[oa]s\\s+(?:a|ao|à)|li[ée]e?s?\\s+(?:à|au|aux)' +
  '|respaldad[oa]s\\s+por|apoiad[oa]s\\s+pel[oa]|soutenus\\s+par|patrocinad[oa]s\\s+por|al\\s+servicio\\s+de|a\\s+servi[çc]o\\s+d[oa]|au\\s+service\\s+d[eu]|en|em|no|na|en\\s+provenance\\s+d[eu])';
// "el gobierno de", "do governo da", "du régime": the state behind them.
const GOVERNMENT = '(?:\\s+(?:gobierno|governo|gouvernement|r[ée]gimen?|regime|estado|[ée]tat)(?:\\s+(?:de|del|d[oa]|d[eu]))?)?';
const ORIGIN_LEADS = [
  // "hackers rusos", "piratas informáticos de Corea del Norte", "hackers vinculados al gobierno de Irán".
  `${ATTACKER}(?:\\s+${ATTACKER_MODIFIER}){0,2}(?:\\s+${FROM}${ART}${GOVERNMENT})?`,
  // "atribuido a Rusia", "ligado ao governo da China", "soutenu par l'Iran".
  `(?:atribuid[oa]s?|atribu[íi]d[oa]s?|attribu[ée]e?s?|vinculad[oa]s?|ligad[oa]s?|li[ée]e?s?|respaldad[oa]s?|apoiad[oa]s?|soutenue?s?|patrocinad[oa]s?|sponsoris[ée]e?s?)\\s+(?:a|al|à|ao|au|aux|con|por|pel[oa]|par)${ART}${GOVERNMENT}`,
  // "acusa a Irán", "culpou a Rússia", "accuse la Russie".
  `(?:acus(?:a|an|ó|aron|ou|aram)|culp(?:a|an|ó|aron|ou|aram)|accus(?:e|ent|é|ait))(?:\\s+(?:a|al|à|ao))?${ART}`,
  // "ataques desde Rusia", "Angriffe aus China", "Hacker aus Russland", "im Auftrag Russlands".
  `(?:(?:ciber)?ataques?|attaques?|campañas?|campanhas?|campagnes?|angriff\\w*|hacker\\w*|cyberkriminelle\\w*|angreifer\\w*)\\s+(?:procedentes\\s+de|provenientes\\s+de|originad[oa]s\\s+en|desde|vindos\\s+d[oa]|venant\\s+d[eu]|aus)${ART}`,
  'im\\s+Auftrag(?:\\s+(?:von|der|des))?',
  // "die Angreifer stammen laut Ermittlern aus China".
  '(?:täter|hacker|angreifer|angriffe)\\s+(?:kommen|kamen|stammen|stammten|operieren|operierten)(?:\\s+[\\p{L}]+){0,4}?\\s+aus',
  // "el ataque ruso", "la campaña china": an attack's adjective is its side.
  '(?:(?:ciber)?ataques?|(?:cyber)?attaques?|campañas?|campanhas?|campagnes?|operaciones|operações|opérations|espionaje|espionagem|espionnage)',
];
/** "hackers rusos", "atribuido a Rusia", "ataques desde China": the place the attackers come from. */
export const TRANSLATED_ORIGIN_BEFORE = new RegExp(`${B}(?:${ORIGIN_LEADS.join('|')})${END}`, 'iu');
/** "russische Hacker", "chinesische Hackergruppe", "nordkoreanische Angriffe". */
export const TRANSLATED_ORIGIN_AFTER = new RegExp(
  `^(?:\\s+(?:staatlich\\w*|mutma[ßs]lich\\w*|angeblich\\w*|regierungsnah\\w*))*[\\s-]+(?:Hacker\\w*|Angreifer\\w*|Cyberkriminelle\\w*|Kriminelle\\w*|Spione?|Geheimdienst\\w*|APT|Akteure?|(?:Cyber|Hacker)?[Aa]ngriff\\w*|Cyberattacke\\w*|Spionage\\w*)${E}`,
  'u',
);

// ---- Victim: the attacked side.
const VICTIM_NOUN =
  '(?:usuari[oa]s|usuários|utilisateurs|clientes|clients|ciudadanos|cidadãos|citoyens|empresas|entreprises|compañías|companhias|sociétés|organizaciones|organizações|organisations' +
  '|instituciones|instituições|institutions|entidades|entités|bancos|banques|hospitales|hospitais|hôpitaux|cl[ií]nicas|cliniques|gobiernos?|governos?|gouvernements?' +
  '|ministerios?|ministérios?|ministères?|agencias|agências|agences|organismos|universidades|universités|escuelas|escolas|écoles|infraestructuras?|infraestruturas?|infrastructures?' +
  '|redes?|réseaux?|sistemas|systèmes|sitios\\s+web|sites|páginas\\s+web|servidores|serveurs|pacientes|patients|personas|pessoas|personnes|periodistas|jornalistas|journalistes' +
  '|activistas|ativistas|militantes|ejército|exército|armée|embajadas?|embaixadas?|ambassades?|municipios|municípios|ayuntamientos|prefeituras|mairies|elecciones|eleições|élections' +
  '|parlamento|parlement|empleados|funcionários|employés|datos|dados|données|cuentas|contas|comptes|aeropuertos|aeroportos|aéroports|operadoras?|opérateurs?|sector|setor|secteur' +
  '|industria|indústria|industrie|países|pays|v[ií]c?timas|victimes|objetivos|alvos|cibles)';
const GERMAN_VICTIM_NOUN =
  '(?:Nutzer\\w*|Kunden|Bürger\\w*|Unternehmen|Firmen|Banken|Behörden|Regierung\\w*|Ministeri\\w*|Krankenh[aä]us\\w*|Kliniken|Kommunen|Städte\\w*|Universitäten|Hochschulen|Schulen' +
  '|Netzwerke\\w*|Systeme\\w*|Server\\w*|Webseiten|Websites|Infrastruktur\\w*|Energieversorger\\w*|Stadtwerke\\w*|Opfer\\w*|Parlament\\w*|Wahl\\w*|Daten|Konten|Einrichtungen|Organisationen' +
  '|Institutionen|Mitarbeiter\\w*|Patienten|Verwaltung\\w*|Streitkräfte\\w*|Betreiber\\w*|Konzerne\\w*|Ziele\\w*)';
const ATTACK_NOUN = '(?:(?:ciber)?ataques?|(?:cyber)?attaques?|ofensivas?|offensives?|campañas?|campanhas?|campagnes?)';
const ATTACK_VERB =
  '(?:atac(?:ó|aron|an|a|ou|aram|am)|atacad[oa]s?|hacke(?:ó|aron|ou|aram)|hackead[oa]s?|rob(?:ó|aron)|roub(?:ou|aram)|afect(?:ó|aron|a|an|ad[oa]s?)|afet(?:ou|aram|a|am|ad[oa]s?)|infect(?:ó|aron|ou|aram)' +
  '|invadi(?:u|ram)|attaqu(?:é|ée|és|ées|ent|ait)|vis(?:é|ée|és|ées|ent|ait|ant)|cibl(?:é|ée|és|ées|ent|ait|ant)|pirat(?:é|ée|és|ées|ent)|touch(?:é|ée|és|ées|ent|ait)|paraliz(?:ó|aron)' +
  '|paralis(?:ou|aram|é|ée)|dirigid[oa]s?|direcionad[oa]s?|dirig[ée]e?s?)';
const TO = '(?:a|al|à|ao|aos|às|au|aux|contra|contre|sobre|en|em|no|na|nos|nas|chez|visant|ciblant)';
const THEFT = '(?:hackeo|pirateo|piratage|hackeamento|invas(?:ão|ões)|intrusi(?:ón|ones)|robo|roubo|vol|filtraci(?:ón|ones)|vazamento|fuite)(?:\\s+de\\s+(?:datos|dados|données))?';
const ATTACKED_LEADS = [
  // "ciberataque contra Colombia", "ataque de ransomware a hospitales en Chile".
  `${ATTACK_NOUN}${words(3)}\\s+${TO}`,
  // "hackeo de la red eléctrica de Ucrania", "vazamento de dados do Brasil".
  `${THEFT}\\s+(?:a|al|de|del|contra|d[oa]s?|d[eu]s?|chez)`,
  // "atacaron a bancos en Chile", "a visé la France".
  `${ATTACK_VERB}(?:\\s+(?:a|al|à|ao|aux?|en|em|no|na|contra|contre))?`,
  // German: "Cyberangriff auf Deutschland", "Angriffe gegen die Ukraine".
  `(?:(?:cyber|hacker)?angriff(?:e|en|s)?|(?:cyber)?attacke[n]?)${words(2)}\\s+(?:auf|gegen)`,
];
/** An attack, theft or verb of attacking that falls on the place: "ciberataque contra Colombia". */
export const TRANSLATED_ATTACKED_BEFORE = new RegExp(`${B}(?:${ATTACKED_LEADS.join('|')})${ART}${words(4)}${END}`, 'iu');
const VICTIM_LEADS = [
  // "víctimas en México", "victimes en France".
  `(?:v[ií]c?timas?|victimes?)${words(2)}\\s+(?:en|de|del|em|no|na|d[oa]s?|au|aux|du|des)`,
  // "usuarios de España", "empresas españolas": the demonym after its noun.
  `${VICTIM_NOUN}(?:${words(2)}\\s+(?:de|del|en|em|no|na|d[oa]s?|du|des|au|aux))?`,
  // German: "Nutzer in Österreich".
  `${GERMAN_VICTIM_NOUN}\\s+(?:in|aus)`,
];
/** The people, organisations or systems of the place, in a sentence about an attack. */
export const TRANSLATED_VICTIM_BEFORE = new RegExp(`${B}(?:${VICTIM_LEADS.join('|')})${ART}${words(1)}${END}`, 'iu');
/** German and titles: "deutsche Unternehmen", "russischen Banken". */
export const TRANSLATED_VICTIM_AFTER = new RegExp(`^(?:\\s+[\\p{L}-]+)?\\s+${GERMAN_VICTIM_NOUN}${E}`, 'u');
/** "España fue atacada", "o Brasil foi vítima de", "la France a été visée", "Deutschland wurde angegriffen", "sufrió un ciberataque". */
export const TRANSLATED_VICTIM_PASSIVE = new RegExp(
  `^(?:\\s+(?!(?:que|dass|qui|dijo|disse|a\\s+dit|sagte)${E})[\\p{L}-]+){0,2}?\\s+(?:` +
    `(?:fue|fueron|ha\\s+sido|han\\s+sido|había\\s+sido|resultó|resultaron|foi|foram|tem\\s+sido|a\\s+été|ont\\s+été|est|sont|wurde|wurden|ist|sind)\\s+(?:\\p{L}+(?:mente|ment)\\s+)?` +
    `(?:atacad[oa]s?|hackead[oa]s?|vulnerad[oa]s?|comprometid[oa]s?|infectad[oa]s?|afectad[oa]s?|afetad[oa]s?|invadid[oa]s?|v[ií]c?timas?|victimes?|blanco|alvo|cible|pirat[ée]e?s?|attaqu[ée]e?s?|vis[ée]e?s?|cibl[ée]e?s?|touch[ée]e?s?|angegriffen|gehackt|attackiert|Opfer|Ziel)` +
    `|(?:sufrió|sufrieron|sufre|sufren|ha\\s+sufrido|han\\s+sufrido|sofreu|sofreram|a\\s+subi|ont\\s+subi|subit|erlitt|erlitten)\\s+(?:(?:un|una|um|uma|une|einen|eine)\\s+)?(?:\\p{L}+\\s+)?(?:(?:ciber)?ataque|filtraci[óo]n|vazamento|(?:cyber)?attaque|fuite|cyberangriff|angriff|hackerangriff)` +
    `)${E}`,
  'iu',
);
/** "en España", "no Brasil", "au Canada", "in Deutschland": where something happened. */
export const TRANSLATED_LOCATIVE_BEFORE = new RegExp(`${B}(?:en|em|no|na|nos|nas|au|aux|in|im|dans|por\\s+todo|en\\s+todo|em\\s+todo|partout\\s+en)${ART}${END}`, 'iu');
/** The events a place-only mention ("en España") needs before it counts as where victims were. */
export const TRANSLATED_VICTIM_EVENT = new RegExp(
  `${B}(?:(?:ciber)?ataques?|(?:cyber)?attaques?|atacad[oa]s?|afectad[oa]s?|afetad[oa]s?|touch[ée]e?s?|v[ií]c?timas?|victimes?|infectad[oa]s?|infect[ée]e?s?|hackead[oa]s?|pirat[ée]e?s?|filtraci(?:ón|ones)|vazamentos?|fuites?|robos|roubos|estafas?|fraudes|golpes|escroqueries?|ransomware|malware|phishing|hameçonnage|(?:cyber|hacker)?angriff(?:e|en|s)?|angegriffen|gehackt|opfer|betroffen\\w*|betrug\\w*)${E}`,
  'iu',
);

// ---- Neither: the ones reporting, investigating or arresting, where a firm sits, and a language.
/** "según la policía española", "la policía de España", "con sede en México", "detenidos en Madrid", "versión en español". */
export const TRANSLATED_NEITHER_BEFORE = new RegExp(
  `${B}(?:según|segundo|selon|laut|d['’]après|de\\s+acuerdo\\s+con|de\\s+acordo\\s+com|con\\s+sede\\s+en|com\\s+sede\\s+(?:em|no|na)|bas[ée]e?s?\\s+(?:en|au|à)|basad[oa]s?\\s+en|basead[oa]s?\\s+(?:em|no|na)` +
    `|detenid[oa]s?\\s+en|arrestad[oa]s?\\s+en|pres[oa]s?\\s+(?:em|no|na)|arr[êe]t[ée]e?s?\\s+(?:en|au|à)|festgenommen\\s+in|mit\\s+Sitz\\s+in|polic[ií]a|pol[ií]cia|police|Polizei` +
    `|autoridades|autorités|Behörden|fiscal[ií]a|parquet|Staatsanwaltschaft|investigadores|pesquisadores|chercheurs|Forscher|expertos|especialistas|experts|Experten|ministro|ministre|Minister` +
    `|presidente|président|Präsident|portavoz|porta-voz|porte-parole|Sprecher|idioma|língua|langue|Sprache|versión|versão|version|traducción|tradução|traduction)` +
    `(?:\\s+(?:de|del|d[oa]|d[eu]|en|em|no|na))?${ART}${words(1)}${END}`,
  'iu',
);
/** "die deutsche Polizei", "russische Behörden teilten mit", "das russische Außenministerium". */
export const TRANSLATED_NEITHER_AFTER = new RegExp(
  `^\\s+(?:Polizei|Behörden\\s+(?:teilten|erklärten|sagten|meldeten)|Regierung\\s+(?:teilte|erklärte|sagte)|Ermittler|Forscher|Sicherheitsforscher|Experten|Staatsanwaltschaft|Medien|Zeitung|Sicherheitsfirma|Außenministerium|Botschaft)${E}`,
  'u',
);
