/**
 * The words around a place mention that say what the text says of the place (places.ts): the
 * attackers' side (origin), the attacked side (victim), and the contexts that make a nearby country
 * neither (a reporter, an agency, a venue, an organisation's name). Compiled once.
 */

// ---- Origin: the attackers' side.
// "North Korean hackers", "Iranian state-backed group", "Russia-linked APT", "Russian school hackers".
const ATTACKER_NOUN =
  '(?:hack(?:er|ers|ing\\s+(?:group|groups|team|crew|unit|units|collective|operations?|campaigns?))|(?:APT|threat|hacker|hacking|espionage|spy|state|military|ransomware(?:-as-a-service)?|cybercrime|criminal)\\s+(?:groups?|actors?|crews?|gangs?|units?|operations?|operators?|campaigns?|cartels?|affiliates?)|RaaS|APTs?|attackers?|(?:spyware|surveillance|hack-for-hire|mercenary)\\s+(?:firms?|vendors?|compan(?:y|ies)|makers?|developers?|groups?)|spies|spy\\s+agenc(?:y|ies)|operatives?|cyber\\s*(?:criminals?|spies|actors?|attackers?|army|armies|units?|operatives?|gangs?|crooks|warriors|forces|espionage|operations?|attacks?)|cyber-?(?:criminals?|spies|actors?|attackers?|espionage|attacks?)|cybercriminals?|criminals?(?![\\s-]+(?:justice|law|courts?|code|division|records?))|gangs?|crooks|fraudsters?|scammers?|adversar(?:y|ies)|threat\\s+actors?|actors?|intelligence\\s+(?:agenc(?:y|ies)|services?|officers?|units?|operatives)|agents|trolls?|crews?|perpetrators|culprits|(?:government|military|state)[\\s-]+(?:hackers|actors|spies|operatives)|groups?\\s+of\\s+hackers|groups?|affiliates|proxies|(?:military|intelligence|army|GRU|FSB|PLA|MSS)\\s+officers?|state-sponsored|state-backed|nation-state)';
// "Iran-backed militia", "Russia-linked campaign": a sponsor whatever the noun.
export const SPONSOR_AFTER = /^(?:'s|’s)?[\s-]+(?:state[\s-]+)?(?:sponsored|backed|linked|affiliated|aligned|nexus|directed|controlled|funded|supported)\b/i;
// Words that may stand between a country and the attackers it names: "Russian school hackers",
// "Chinese state-sponsored hacking group". A closed list, so that verbs never bridge the gap
// ("US investigators confirm hackers ...").
const ATTACKER_MODIFIER =
  '(?:state|government|military|intelligence|regime|nation-state|allegedly|reportedly|suspected|alleged|likely|probably|sponsored|backed|linked|based|affiliated|aligned|nexus|connected|supported|funded|directed|controlled|origin|run|tied|associated|related|and|or|school|cyber|hacking|hacker|threat|espionage|criminal|ransomware|elite|notorious|prolific|infamous|new|top|young|teenage|teen|unidentified|anonymous|unknown|sophisticated|advanced|persistent|financially|politically|motivated|organi[sz]ed|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)';
export const ORIGIN_AFTER = new RegExp(`^(?:'s|’s)?(?:[\\s-]+${ATTACKER_MODIFIER})*[\\s-]+${ATTACKER_NOUN}\\b`, 'i');
// "hackers from India", "a group based in Iran", "linked to the Vietnamese government", "attacks by Iran",
// "attacks originating mainly in countries like China".
export const ORIGIN_BEFORE = new RegExp(
  `(?:\\b${ATTACKER_NOUN}\\s+(?:\\w+\\s+){0,2}?(?:from|in|based\\s+in|located\\s+in|out\\s+of|operating\\s+(?:from|out\\s+of|in)|working\\s+(?:for|on\\s+behalf\\s+of)|acting\\s+(?:for|on\\s+behalf\\s+of)|of)` +
    `|\\b(?:linked|links|link|tied|ties|tie|traced|connected|connections|associated|affiliated)\\s+(?:\\w+\\s+){0,2}?(?:to|with|back\\s+to)` +
    `|\\b(?:attribute|attributed|attributes|attributing|attribution|pinned|pins|pin|blamed|blames|blaming|blame)\\s+(?:[\\w-]+\\s+){0,5}?(?:to|on)` +
    `|\\b(?:works?|working|worked|acts?|acting|operat\\w+|spy|spies|spied|spying)\\s+(?:in\\s+support\\s+of|for|on\\s+behalf\\s+of|at\\s+the\\s+behest\\s+of)` +
    `|\\b(?:sponsored|backed|supported|funded|directed|ordered|commissioned|controlled)\\s+by` +
    `|\\b(?:blamed|blames|blaming|accused|accuses|accusing|sanctioned|indicted|suspects|attributed)` +
    `|\\b(?:carried\\s+out|conducted|launched|perpetrated|orchestrated|committed|masterminded|operated|hacked|attacked|targeted|stolen|breached|compromised|deployed|developed|created|infiltrated)\\s+by` +
    `|\\b(?:attacks?|hacks?|hacking|intrusions?|operations?|campaigns?|breaches|theft|thefts|heists?|espionage|interference|meddling|aggression)\\s+(?:\\w+\\s+)?by` +
    `|\\b(?:worked|working|operated|operating|operate|operates|acted|acting|lived|living|hiding|residing|ran|run)\\s+(?:from|out\\s+of|inside|within|on\\s+the\\s+territory\\s+of)(?:\\s+inside)?|\\bon\\s+behalf\\s+of|\\bworking\\s+for|\\bbehest\\s+of|\\borigin(?:ated|ating)?\\s+(?:in|from)|\\b(?:attacks?|threats?|intrusions?|campaigns?|hacking|traffic)\\b[^.;]{0,40}?\\b(?:originat\\w*|emanat\\w*|(?:comes|coming|came)|stem(?:s|med|ming)|(?:arises|arising|arose)|dawning)\\s+(?:\\w+ly\\s+)?(?:in|from)(?:\\s+(?:countries|places)\\s+(?:like|such\\s+as|including))?|\\bemanat\\w+\\s+from|\\btraced\\s+back\\s+to)` +
    `\\s+["“‘']?(?:the\\s+)?(?:\\w+\\s+)?$`,
  'i',
);
// "North Korea stole", "Iran has already hacked the U.S.", "Iran was behind", "Russia has been accused
// of", "Iran can execute cyber attacks"; only where the country opens a clause, so that "attacked US
// targets" is not "US targets ...".
export const CLAUSE_START = /(?:^|[,;:(]|\b(?:that|and|but|while|as|because|when|after|since|said|says|say|believes?|claims?|alleges?|where|whether|if))\s*(?:the\s+)?$/i;
export const ORIGIN_AS_AGENT =
  /^(?:'s|’s)?(?:\s+(?:government|regime|state|military|itself|and\s+its\s+(?:partners|proxies|allies)))?\s+(?:(?:has|have|had|already|previously|recently|once|allegedly|reportedly|likely|probably|also|again|repeatedly|can|could|would|will|may|might|is\s+believed\s+to|appears\s+to|continues\s+to|is\s+capable\s+of|was\s+found\s+to)\s+)*(?:hacked|attacked|targeted|breached|stole|steals|stealing|carried\s+out|carry\s+out|carrying\s+out|execute[sd]?\s+(?:cyber-?)?attacks|behind|responsible\s+for|used\s+hackers|uses\s+hackers|sponsored|sponsors|orchestrated|spied|spies\s+on|hacks|attacks|targets|infiltrated|compromised|(?:launched|launches|conducted|conducts|deployed|deploys|used|uses)\s+(?:(?:a|an|the|its|their|new|major|massive|cyber)\s+)*(?:cyber-?attacks?|attacks?|campaigns?|hacks?|intrusions?|operations?\s+against|malware|ransomware|wipers?)|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,3}?(?:behind|responsible|blamed|accused|suspected))\b/i;
// "North Korea's cryptocurrency thefts", "Russia's attacks on Ukraine", "of Chinese origin".
export const ORIGIN_POSSESSIVE =
  /^(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:hackers|hacking\s+(?:groups?|units?|operations?|campaigns?)|thefts?|heists?|cyber-?attacks?|cyber-?espionage|attacks?\s+(?:on|against)|operations?\s+against|campaigns?\s+against|espionage|spies|spying|APTs?|intrusions?\s+into|cyber\s+(?:army|units?|operations?|warfare)|intelligence\s+services?|military\s+intelligence)|[\s-]+origin)\b/i;
// "named the North Korean government as responsible for the attack".
export const NAMED_RESPONSIBLE = /^(?:\s+(?:government|regime|state|military))?\s+as\s+(?:the\s+)?(?:(?:party|country|state)\s+)?(?:responsible|behind|culprit|perpetrator|sponsor)/i;
// "the attackers are believed to be Chinese", "Lazarus, widely believed to be North Korean".
export const BELIEVED_TO_BE = /\b(?:believed|thought|suspected|assessed|understood|reported|known|said|alleged)\s+to\s+be\s+(?:of\s+|from\s+|based\s+in\s+)?(?:the\s+)?$/i;
// "the Egyptian government was caught tracking opponents", "Saudi crown prince accused of hacking".
export const ACCUSED_OF_AFTER =
  /^(?:\s+[a-z][\w-]*){0,2}\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|stands?)\s+)?(?:[a-z]+ly\s+)?(?:caught|accused\s+of|charged\s+with|suspected\s+of|found\s+to\s+be|found\s+to\s+have\s+been)\s+(?:hacking|spying|tracking|surveilling|stealing|targeting|attacking|breaching|infiltrating|phishing|deploying|using\s+(?:malware|spyware))\b/i;
// A demonym standing for a person: "a young Russian living in a small town", "two Romanians were charged".
export const ONE_OF_THEM_BEFORE = /\b(?:a|an|one|two|three|four|five|six|several)\s+(?:(?:young|former|\d+-year-old)\s+)?$/i;
export const ONE_OF_THEM_AFTER = /^\s*(?:,|\s(?:who|named|called|living|residing|was|were|is|are|has|had|accused|charged|arrested|indicted|sentenced)\b)/;
// A headline that opens with the suspect: "Russian Charged With Running $20 Million Card Fraud Scheme".
export const SUSPECT_HEADLINE_AFTER = /^(?:s)?\s+(?:(?:is|are|was|were)\s+)?(?:charged|arrested|indicted|sentenced|jailed|convicted|extradited|accused)\b/i;
// The way prosecutors place a defendant: "Reyes Daniel Ruiz, 28, of Tracy, California, pleaded guilty".
export const DEFENDANT_OF = /[A-Za-z],\s+(?:\d{1,2},\s+)?(?:a\s+resident\s+)?of\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*,\s+)?$/i;
// A person and where they come from: "the hacker, a 22-year-old from Ukraine", "an engineer from the
// Northern California city of Tracy".
export const PERSON_FROM = /\b(?:\d+-year-old|man|woman|men|women|teen(?:ager)?s?|youths?|nationals?|citizens?|residents?|suspects?|individuals?|engineers?|developers?|programmers?|students?|employees?|hackers?)\s+from\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/i;
export const OWNED_UP = /\b(?:admit\w*|pleaded|pleads|confess\w*)\b/i;
// Who did it, for a suspect's nationality ("citizens of Romania ... engaged in fraud").
export const PERPETRATION = /\b(?:engaged\s+in|involved\s+in|responsible\s+for|carried\s+out|committed|developed|operated|orchestrated|masterminded)\b/i;
// "the China Ocean Shipping Company": a country inside an organisation's name (docs/labeling.md).
export const ORG_NAME_AFTER = /^(?:\s+[A-Z][\w&-]*){0,4}\s+(?:Company|Corporation|Corp|Inc|Ltd|Group|Bank|Society|Association|Institute|University|Airlines|Airways|Telecom|Shipping|Railways?|Post|Times|Herald|Daily|Tribune|Journal|Holdings)\b/;
export const ORG_NAME_BEFORE = /\b(?:Bank|University|Institute|College|Museum|Reserve\s+Bank)\s+of\s+(?:the\s+)?$/;
// "Russian software named Cutlet": where a tool or its language comes from says nothing of who used it.
export const NOT_ORIGIN_AFTER = /^[\s-]+(?:software|malware|tools?|code|made|language|speaking|programs?|devices|servers?|IP\s+addresses|infrastructure|hosting|domains?)\b/i;
// Where the suspects are: "the five officers are in China", "both men are believed to be in Iran".
export const SUSPECTS_IN = /\b(?:officers|suspects|defendants|hackers|men|members|perpetrators|attackers|they|he|she|both|all\s+of\s+them)\s+(?:are|is|were|was|remain|remains|(?:are\s+|is\s+)?believed\s+to\s+(?:be|live|reside)|live|lives|lived|reside[sd]?|hiding)\s+(?:still\s+)?(?:in|inside)\s+(?:the\s+)?$/i;
// "The hacker is known to be Kerem Albayrak, living in North London".
// "a group of Indians including journalists and lawyers": the people in a group, listed by kind, not a group
// behind an attack ("a group of Saudi teenagers" may be one).
export const MEMBERS_OF_GROUP_BEFORE = /\b(?:a|the|one|another)\s+groups?\s+of\s+$/i;
export const MEMBERS_LISTED_AFTER = /^\s*,?\s+(?:including|such\s+as|among\s+them)\b/i;
export const LIVING_IN = /\b(?:living|lives|lived|based|residing|resident|hiding)\s+in\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/i;
// A person's home, never where an attack fell: "a Nigerian citizen residing in Ghana was extradited".
export const PERSON_LIVING_IN = /\b(?:living|lives|lived|residing|resides|resided|hiding)\s+in\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?(?:the\s+)?$/i;
export const ATTACKER_IN_SENTENCE = /\b(?:hackers?|attackers?|suspects?|scammers?|fraudsters?|criminals?|cybercriminals?|extortionists?|defendants?|culprits?)\b/i;
// A suspect's nationality: "an indictment against ..., a Russian national"; "nationals of Iran".
export const NATIONALS_OF = /\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?$/i;
// "according to British intelligence services": the one reporting, whatever follows.
export const REPORTER_BEFORE = /\b(?:according\s+to|reported\s+by|cited\s+by|per)\s+(?:the\s+)?$/i;
// "..., says the Parana state government in a statement": the one speaking, named after its verb.
export const SAID_BEFORE = /\b(?:says?|said|told|stated|announced|added|explained|wrote)\s+(?:the\s+)?$/i;
export const SPEAKER_AFTER_SAID =
  /^(?:[\s-]+[\w-]+){0,2}?\s+(?:government|authorities|police|officials?|ministry|agency|department|regulator|spokes(?:man|woman|person))(?:(?:'s|’s)\s+(?:statement|announcement|release|report))?\s*(?:[,.;:]|in\s+a\s+statement\b|$)/i;
// "flush the attackers from Australia's parliamentary network": the systems they were in, not their home.
export const ATTACKED_SYSTEMS_AFTER = /^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:networks?|systems?|servers?|computers?|infrastructure|websites?|databases?|machines|devices)\b(?![\s-]+(?:emergency|security|response|crime|incident|science|scientists|experts|engineers|teams?))/i;
// "Latvia was attacked", "Japan has been hit": the place is the one the attack fell on.
export const VICTIM_PASSIVE =
  /^(?:'s|’s)?(?:\s+[\w-]+){0,4}?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|being|got|gets|became|become|has\s+become|fell)\s+(?:\w+ly\s+)?(?:hacked|cracked|hijacked|defaced|attacked|targeted|breached|hit|compromised|infected|affected|struck|defrauded|robbed|scammed|duped|cheated|victims?|the\s+(?:target|victim)s?|a\s+(?:target|victim)|prey|exposed|leaked|stolen|paralysed|paralyzed|crippled|disrupted|knocked\s+offline|taken\s+offline|encrypted|extorted|spied\s+on|penetrated|infiltrated)\b/i;

// ---- Victim: the attacked side.
const VICTIM_NOUN =
  '(?:victims?|users?|customers?|clients?|subscribers?|consumers?|citizens|residents|people|individuals|visitors|guests|readers|nationals|patients|voters|investors|traders|holders|employees|staff|workers|soldiers|veterans|personnel|students|children|officials|diplomats|politicians|lawmakers|journalists|activists|dissidents|entrepreneurs|businessmen|businesspeople|executives|owners|gamers|players|shoppers|buyers|targets?|organi[sz]ations?|companies|company|firms?|businesses|enterprises|entities|institutions?|banks?|lenders|exchanges?|government(?:s|\\s+agencies|\\s+departments|\\s+networks|\\s+websites|\\s+sites|\\s+bodies|\\s+entities|\\s+systems|\\s+servers)?|agenc(?:y|ies)|ministr(?:y|ies)|departments?|municipalit(?:y|ies)|councils?|cities|towns|states|military|army|navy|air\\s+force|armed\\s+forces|defen[cs]e(?:\\s+\\w+)?|infrastructure|utilit(?:y|ies)|energy(?:\\s+\\w+)?|power(?:\\s+grid|\\s+plants?|\\s+compan(?:y|ies))?|grid|hospitals?|health(?:care)?(?:\\s+\\w+)?|clinics?|schools?|universit(?:y|ies)|colleges?|retailers?|merchants?|manufacturers?|automakers?|carmakers?|telecoms?|telcos?|carriers?|providers?|operators?|airports?|airlines?|ports?|parliament|elections?|embass(?:y|ies)|consulates?|networks?|systems?|websites?|sites?|accounts|sector|industr(?:y|ies)|media|outlets|newspapers?|broadcasters?|countries|nations?|regions?|territor(?:y|ies)|businessmen|banking\\s+(?:apps?|customers|users|sector)|shops?|stores?|ATMs?|crypto(?:currency)?\\s+exchanges?|wallets?|pipelines?|plants?|facilit(?:y|ies)|targets|producers?|makers?|giants?|chains?|conglomerates?|contractors?|think\\s+tanks?|hotels?|casinos?|insurers?|studios?|platforms?)';
export const VICTIM_BEFORE = new RegExp(
  `(?:\\b${VICTIM_NOUN}\\s+(?:[\\w-]+\\s+){0,3}?(?:in|from|of|across|throughout|located\\s+in|based\\s+in|within|inside|around)` +
    // "the data of Indian patients", "records on 145 million Americans": what was taken, and whose.
    `|\\b(?:data|records|information|details|files|emails|credentials|passwords|numbers)\\s+(?:on|of|belonging\\s+to)(?:\\s+(?:about|nearly|over|some|more\\s+than|perhaps|a\\s+third\\s+of|half\\s+of|[\\d.,]+|million|billion|thousands\\s+of))*` +
    `|\\b(?:target(?:s|ed|ing)?|attack(?:s|ed|ing)?|cyberattacks?|cyber-attacks?|hit(?:s|ting)?|hack(?:s|ed|ing)?|breach(?:es|ed|ing)?|infect(?:s|ed|ing)?|compromis(?:e|es|ed|ing)|struck|strik(?:e|es|ing)|affect(?:s|ed|ing)?|plagu(?:e|es|ed|ing)|spread(?:s|ing)?\\s+(?:to|in|through|across)|aim(?:s|ed|ing)?\\s+at|against|defraud(?:s|ed|ing)?|scamm(?:ed|ing)|spy(?:ing)?\\s+on|spied\\s+on|steal(?:s|ing)?\\s+from|stole\\s+from|stolen\\s+from|looted\\s+from|taken\\s+from|siphoned\\s+(?:off\\s+)?from|disrupt(?:s|ed|ing)?|paralys(?:e|ed|ing)|cripple[sd]?|crippling|victimi[sz](?:e|ed|ing)|extort(?:s|ed|ing)?|impersonat(?:e|es|ed|ing)|(?:leak|leaks|theft|exposure)\\s+of|lur(?:e|es|ed|ing)|swindl(?:e|ed|ing)|cheat(?:s|ed|ing)?|dup(?:e|ed|ing)|phish(?:ed|ing)?|(?:dollars|money|funds|cryptocurrenc(?:y|ies)|crypto|millions|billions|savings|bitcoins?|ether|tokens)\\s+from)` +
    `(?:\\s+(?:[\\w-]+\\s+){0,3}?(?:in|of|across|throughout|on|at|against))?)` +
    `\\s+["“‘']?(?:the\\s+)?(?:\\w+\\s+)?$`,
  'i',
);
// Up to two words between the country and the noun, but not a verb of reporting ("US Charges Russian Nationals").
const BETWEEN = "(?:[\\s-]+(?!(?:charges|charged|says|said|blames|blamed|warns|warned|accuses|accused|arrests|arrested|sentences|fines|fined|indicts|sanctions|expels|urges|tells|issues|announces|reports|offers|names|ties|pins|calls)\\b)[\\w-]+)??";
export const VICTIM_AFTER = new RegExp(
  `^(?:(?:'s|’s)|[\\s-]+(?:based|headquartered|owned|registered|run|operated))?${BETWEEN}${BETWEEN}[\\s-]+${VICTIM_NOUN}\\b`,
  'i',
);
// One person is a victim only where the text says what was done to them ("a Mumbai techie lost ...").
export const PERSON_VICTIM_AFTER = /^(?:[\s-]+(?:based|born))?(?:[\s-]+[a-z][\w-]*)?[\s-]+(?:man|woman|men|women|engineers?|techies?|doctors?|nurses?|teachers?|students?|pensioners?|retirees?|girl|boy|resident|businessman|businesswoman)\b/i;
export const PERSON_SUFFERED = /\b(?:lost|loses|losing|duped|cheated|defrauded|victims?|scammed|tricked|robbed|prey|targeted|hacked|swindled|conned|blackmailed|extorted)\b/i;
// "New Zealand's Commerce Commission could be caught up in the theft": a country's own institution.
export const POSSESSIVE_INSTITUTION = /^(?:'s|’s)\s+(?:[A-Z][\w&.-]*\s*){1,4}/;
export const SUFFERED = /\b(?:suffer\w*|hit|hacked|breach\w*|leak\w*|theft|stolen|compromised|attacked|infected|exposed|lost|loses|victims?|worst-hit|targeted|disrupted|knocked|paralys\w*|crippled|encrypted|defaced|ransomed|robbed|drained)\b/i;
// "government agencies in the US and France have recently issued alerts about ...": the country of the
// ones speaking, whatever noun came before it.
export const SPEAKERS_AFTER =
  /^(?:(?:,|\s+and|\s+or)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)*\s+(?:(?:have|has|had|also|recently|jointly|publicly|separately|both|now)\s+)*(?:issued|published|released|warned|announced|urged|advised|cautioned)\b/;
// A country's officials doing or saying something ("US officials speaking to the Journal claim",
// "US officials ground drones over espionage fears"): the ones acting, not the attacked side, which the
// text puts in the passive ("officials were targeted") or after the attack ("targeting Ukrainian officials").
export const OFFICIALS_ACTING_AFTER =
  /^(?:'s|’s)?\s+(?:(?:federal|state|local|top|senior|intelligence|security|law\s+enforcement|defen[cs]e|military)\s+)?(?:officials|authorities|government|govt|administration|ministers?|lawmakers|regulators|legislators|investigators|prosecutors|spokes(?:man|woman|person))\s+(?:(?:have|has|had|also|now|reportedly|publicly|recently|repeatedly)\s+)*(?:said|say|says|speaking|spoke|told|tell|claim\w*|worr\w*|fear\w*|warn\w*|believe\w*|allege\w*|accus\w*|blam\w*|suspect\w*|concern\w*|express\w*|ground\w*|ban\w*|bar\w*|stop\w*|order\w*|plan\w*|want\w*|urg\w*|den(?:y|ies|ied)|may|might|could|would|will|should|can)\b/i;
// Whoever warns or reports, named after its verb in a headline: "..., Warns Dutch Govt".
export const WARNS_BEFORE = /\b(?:warns?|warned|reports?|reported|claims?|claimed|alleges?|alleged|according\s+to)\s+(?:the\s+)?$/i;
// A country's name as a language: "text in Russian", "Russian speakers", "Russian-speaking forums".
export const LANGUAGE_AFTER = /^(?:[\s-]+(?:speakers?|speaking|language|languages|translation|translations|version|text|subtitles)\b)/i;
export const IN_LANGUAGE_BEFORE = /\b(?:in|into|from|to)\s+$/i;
export const LANGUAGE_NAME = /(?:ian|ese|ish|ench|tch|ean)$/;
export const NOT_A_NOUN_AFTER = /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:on|and|or|to|by|with|for|at|from|in|is|was|are|were|that|which|as|but)\b)/;
// A defendant named after the one suing or charging it: "Facebook sued Israeli surveillance firm NSO Group".
export const ACCUSER_VERB_BEFORE = /\b(?:sued|sues|suing|charged|charges|indicted|indicts|accused|accuses|sanctioned|sanctions|blamed|blames)\s+(?:the\s+|an?\s+)?$/i;
// An agency in a country is where the agency sits: "a report by the National Cyber Security Centre (NCSC) in the Netherlands".
export const AGENCY_IN_BEFORE = /\b(?:Centre|Center|Agency|Bureau|Ministry|Office|CERT|Police|Authority|Commission|Directorate|Service)(?:\s*\([^)]{1,20}\))?\s+(?:in|of)\s+(?:the\s+)?$/;
// An agency, not the attacked party: "the UK's National Crime Agency said".
export const AGENCY = /^(?:'s|’s)?\s+(?:(?:foreign|interior)\s+ministry|computer\s+emergency\s+response|(?:[A-Z][\w&.-]*\s+){0,4}(?:Police|Crime|Security\s+Cent(?:re|er)|Cyber\s+Security|Cybersecurity|Justice|Court|Prosecutor|Foreign\s+(?:Ministry|Office)|Ministry\s+of\s+Foreign|Embassy|CERT|NCSC|Computer\s+Emergency|Treasury|State\s+Department|Justice\s+Department|Department\s+of\s+(?:Justice|State|Homeland)|Information\s+Commissioner|Commissioner|Commission|Regulator|Authority|Signals|Directorate|Federal\s+Police|Bureau|Agency))\b/;
// "attacks happened in Germany", "spreads through Japan", "crimes in countries like Russia".
export const LOCATIVE_BEFORE = /\b(?:in|across|throughout|within|inside|around|all\s+over|through|(?:countries|nations|places|regions)\s+(?:like|such\s+as|including))\s+(?:the\s+)?(?:\w+\s+)?$/i;
export const ATTACK_WORDS =
  /\b(?:(?:money|funds|cash|savings)\s+(?:\w+\s+){0,2}?(?:disappear\w*|vanish\w*|went\s+missing)|hack(?:s|ed|ing|ers?)?|hijack(?:s|ed|ing|ers?)?|attack(?:s|ed|ing|ers?)?|cyberattacks?|cyber-attacks?|breach(?:es|ed)?|target(?:s|ed|ing)?|compromis(?:e|ed|ing)|infect(?:s|ed|ing|ions?)?|ransomware|malware|dark\s*web|darknet|trojans?|spyware|botnets?|backdoors?|infostealers?|stealers?|phishing|fraud(?:s|ulent|sters?)?|scam(?:s|med|mers?)?|stole|stolen|steal(?:s|ing)?|theft|heist|leak(?:s|ed)?|exposed|victims?|affected|disrupt(?:ed|ion|ions)?|spy(?:ing)?|espionage|intrusions?|jackpotting|skimm(?:ing|er|ers)|extort(?:ion|ed)?|ransom|defaced|DDoS|wiper|exfiltrat\w+|swindl\w+|cheated|duped|prey|crimes?|cybercrime|cybercriminals?|criminals?|threat\s+actors?|looted|drained|siphoned|robbed|unauthori[sz]ed\s+access|expos(?:e|es|ing)|APTs?|damage[sd]?|outage|offline|(?:was|were|been)\s+taken|suffer(?:s|ed|ing)?|zero-days?|hits?|hitting|struck|campaigns?)\b/i;
// What an attack did to its victims, which on its own could be any outage: counted only in a post whose
// title speaks of an attack ("It forced JBS to shut its beef plants in the United States").
export const IMPACT_WORDS = /\b(?:shut\s+down|shut|halted|idled|suspended\s+(?:operations|services|withdrawals)|stopped\s+working|closed|forced\s+to\s+close|disrupted|knocked\s+out)\b/i;
// Attack words that are as often about trade, weather or markets ("tariffs hit Taiwanese tech", "the
// tariffs affected"): alone they make a sentence about an attack only in a post whose title is about one.
const WEAK_ATTACK_WORDS = /\b(?:hit|hits|hitting|struck|affected|exposed|exposes|exposing|expose|damage[sd]?|outage|offline|suffer(?:s|ed|ing)?|campaigns?|crimes?)\b/gi;
/** Whether a sentence speaks of an attack in words that mean nothing else. */
export function namesAttackPlainly(text: string): boolean {
  return ATTACK_WORDS.test(text.replace(WEAK_ATTACK_WORDS, ' '));
}
// A sentence about a scenario, an exercise or a simulation reports no attack.
export const HYPOTHETICAL = /\b(?:scenarios?|hypothetical\w*|simulat\w*|exercises?|drills?|war-?games?|would\s+be\s+hit|could\s+occur|can\s+occur|(?:is|are|was|were)\s+expected\s+to\s+be|(?:could|might|would)(?:'ve|’ve|\s+have))\b/i;
// The events a place-only mention ("in Germany") needs before it counts as where victims were.
export const VICTIM_EVENT = /\b(?:attacks?|attacked|hacking\s+campaigns?|crimes|cyberattacks?|cyber-attacks?|infect\w*|victims?|affected|hit|hits|targeted|targeting|breach\w*|compromised|cases|incidents?|outbreak|spread\w*|struck|disrupted|outages?|jackpotting|skimming|stolen|stole|lost|losses|fraud(?:s|ulent)?|scams?|phishing|ransomware|malware|leak\w*|hacked|hacks|damage)\b/i;
// Words that make a nearby country the home of a reporter, a vendor, the police or a venue.
export const NEITHER_AFTER =
  /^(?:'s|’s)?(?:[\s-]+(?:based|headquartered|owned|born|made|listed|registered))?(?:[\s-]+\w+)?[\s-]+(?:security|cyber-?security|research(?:ers)?|media|newspaper|daily|news|press|reporters?|journalists?|police|authorities|law\s+enforcement|investigators|prosecutors?|courts?|judges?|regulators?|watchdog|researchers|experts|analysts|vendors?|antivirus|anti-virus|version|edition|language|English|market|launch|prices?|customs|ambassador|president|prime\s+minister|minister|spokes\w+|officials?\s+(?:said|say|says|told|warned|blamed|announced)|government\s+(?:said|says|has\s+issued|issued|warned|announced|blamed|accused|will|has\s+said)|Treasury|Justice|Department\s+of\s+Justice|(?:State|Justice|Commerce|Defen[cs]e)\s+Department|FBI|intelligence\s+(?:officials|community))\b/i;
// "traced the attack to servers in Russia": where the trail led, not who was hit.
export const TRACED_TO_BEFORE = /\btrac(?:ed|ing|es)\b[^.;]{0,50}?\bto\b[^.;]{0,40}$/i;
export const NEITHER_BEFORE =
  /\b(?:based\s+in|headquartered\s+in|arrested\s+in|detained\s+in|extradited\s+(?:to|from)|launched\s+in|available\s+in|released\s+in|rolled\s+out\s+in|on\s+sale\s+in|sold\s+in|priced\s+in|held\s+in|conference\s+in|summit\s+in|event\s+in|court\s+in|police\s+in|authorities\s+in|officials\s+in|office\s+in|offices\s+in|studied\s+in|lives\s+in|living\s+in|moved\s+to|visit(?:ed|ing)?|trip\s+to|flew\s+to|travel(?:led|ed)?\s+to|sentenced\s+in|jailed\s+in|convicted\s+in|tried\s+in|founded\s+in|registered\s+in|incorporated\s+in|expand(?:ed|ing)?\s+(?:to|into)|apps?\s+(?:in|for)|languages?|headquarters\s+(?:(?:are|is|was|were)\s+)?in|embass(?:y|ies)\s+in|consulates?\s+in|(?:representatives?|spokes(?:man|woman|person)|officials?|ministers?|ambassadors?|envoys?)\s+(?:of|for|from)|(?:resold|sold|laundered|cashed\s+out|hosted|withdrawn|spent)\s+(?:\w+\s+){0,2}?(?:in|inside|within)|ambassador\s+(?:to|in)|migrating\s+\w+\s+(?:\w+\s+)?(?:from|to)|transferring\s+\w+\s+(?:\w+\s+)?(?:from|to))\s+(?:the\s+)?(?:\w+\s+)?$/i;
// A suspect's nationality: "Canadian teenager charged", "a Russian national extradited".
export const PERSON_AFTER =
  /^(?:[\s-]+[a-z][\w-]*)?[\s-]+(?:man|men|woman|women|teen(?:ager)?s?|youths?|nationals?|citizens?|individuals?|students?|duo|trio|brothers|couple|businessm[ae]n|businesswom[ae]n|programmers?|developers?|suspects?|admins?|administrators?|hackers?|officers?|members?|operatives?|defendants?|agents?)\b/i;
export const ARREST_WORDS = /\b(?:charge[sd]?|charging|arrest(?:ed|s)?|indict\w*|sentenced|jailed|jail|prison|convicted|extradit\w*|pleaded|plead|accused|suspected|detained|prosecuted|guilty|nabbed|sanction\w*|wanted|rewards?|expelled|unsealed)\b/i;
// Commas and "and" between names of one list: the list shares the role its first member has.
// Also in Spanish, Portuguese, French and German ("Chile, Perú y Colombia", "Russland und China").
export const LIST_GAP =
  /^\s*(?:,|and|or|&|as\s+well\s+as|plus|,\s*(?:and|or)|y|e|et|und|o|ou|oder|así\s+como|assim\s+como|ainsi\s+que|sowie)\s*(?:the\s+|in\s+|from\s+|(?:el|la|los|las|o|a|os|as|le|les|en|em|no|na|au|aux|de|do|da|du|des|die|der|den)\s+|l['’])?$/i;

// Between a country and a group named after it: "North Korea's Lazarus Group", "the North
// Korea-based group TraderTraitor", "Iranian state-backed hacking group APT33".
export const BEFORE_ATTACKER = new RegExp(`^(?:(?:'s|’s)|[\\s-]+(?:based|backed|linked|sponsored|affiliated|nexus))?(?:[\\s-]+(?:${ATTACKER_MODIFIER}|group|groups|actor|actors|gang|APT))*[\\s-]+$`, 'i');

// "city of New Bedford (US)": a country in parentheses after what it locates.
export const IN_PARENTHESES_BEFORE = /\(\s*$/;
export const IN_PARENTHESES_AFTER = /^\s*\)/;
// "Japan-based Bitpoint, which lost $32m", "Bitpoint, of Japan, that suffered $32 million".
export const VICTIM_CLAUSE_AFTER =
  /^(?:[\s-]+(?:based|headquartered|registered))?(?:\s+[A-Z][\w&.-]*){0,3},?\s+(?:which|that|who)\s+(?:has\s+|had\s+|have\s+)?(?:lost|suffered|(?:was|were|has\s+been|had\s+been)\s+(?:robbed|hacked|stripped|breached|hit|attacked|compromised|targeted|drained)|fell\s+victim)\b/;
// Words that make a title report an attack on the organisation it names ("Upbit loses $52m in ETH hack").
export const TITLE_SUFFERED = /\b(?:loses|losing|lost|suffers|suffered|hacked|breach(?:ed|es)?|attacked|hit|hits|offline|stolen|theft|ransomware|compromised|leak(?:s|ed)?|exposes|exposed)\b/i;
// Words of attribution, which a sentence may use instead of naming the attack ("Ukraine blames Russian services").
export const ATTRIBUTION_WORDS = /\b(?:blam\w*|accus\w*|traced|linked\s+back|culprits?|perpetrat\w*|espionage|suspects?)\b/i;
// Speculation is not attribution: "did not rule out the involvement of Russia" (docs/labeling.md).
export const SPECULATION = /\b(?:(?:did|does|could|can|would)\s+not\s+rule\s+out|not\s+ruled\s+out|speculat\w+|rumou?r\w*|conspiracy|no\s+evidence)\b/i;
// An institution a place name qualifies ("Victorian hospitals", "Jersey schools"): a person or an era
// runs none, so an ambiguous name here is the place.
export const INSTITUTION_AFTER =
  /^[\s-]+(?:hospitals?|health\s+(?:services|providers|systems?)|schools?|school\s+districts?|universit(?:y|ies)|councils?|municipalit(?:y|ies)|count(?:y|ies)|government\s+(?:agencies|departments|networks|websites)|agencies|departments|ministr(?:y|ies)|police\s+(?:forces?|departments?)|courts|utilit(?:y|ies)|water\s+(?:utilities|suppliers)|banks|businesses|companies|firms|residents|citizens|voters|patients)\b/i;
