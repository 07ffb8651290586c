import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { postSentences } from './plain-text.ts';
import { createPlaceFinder, type PlaceFindings } from './places.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
let find: (title: string, body: string[], language?: string) => PlaceFindings;
beforeAll(async () => {
  const finder = createPlaceFinder((await loadCatalog(path.join(REPO, DEFAULT_CATALOG_DIR))).catalog);
  find = (title, body, language) => finder(postSentences(title, body), language);
});

describe('a name a country and a place inside another country share', () => {
  const title = 'Ransomware hits Georgia government networks';
  it('is the country where the post names it otherwise', () => {
    expect(find(title, ['Officials in Tbilisi said the attack began on Monday.']).victims).toEqual(['GE']);
  });

  it('is the state where the post names the other country and not the first', () => {
    expect(find(title, ['Officials in Atlanta said the attack began on Monday.']).victims).toEqual(['US']);
  });

  it('is the country first where the post names both', () => {
    expect(find(title, ['A Georgian official and a U.S. adviser said the attack began on Monday.']).victims).toContain('GE');
  });

  it('is neither where the post names neither', () => {
    expect(find(title, []).victims).toEqual([]);
  });
});

describe('an ambiguous place name', () => {
  it('counts where it qualifies an institution', () => {
    expect(find('Some Victorian hospitals are offline after ransomware hit', []).victims).toEqual(['AU']);
  });

  it('does not count as a person', () => {
    expect(find('Victoria Smith says ransomware hit her firm', []).victims).toEqual([]);
  });
});

describe('the cues of other languages', () => {
  it('are read in posts in other languages', () => {
    const found = find('Hackers rusos atacan bancos', ['Piratas informáticos rusos atacaron a bancos en Chile y Perú.'], 'es');
    expect(found.origins).toEqual(['RU']);
    expect(found.victims).toEqual(['CL', 'PE']);
  });

  it('are not read in English posts, whose own rules decide', () => {
    // "en" and "a" are words of the Romance rules, not of English ones.
    expect(find('Attack on banks', ['Hackers attacked banks; the sites en Chile were down.'], 'en').victims).toEqual([]);
  });

  it('leave the police, where a firm sits and a language out', () => {
    const found = find('Ciberataque contra bancos', ['Según la policía mexicana, una empresa con sede en Israel publicó la versión en español del informe sobre el ataque.'], 'es');
    expect(found.victims).toEqual([]);
    expect(found.origins).toEqual([]);
  });
});

describe('country names in English posts', () => {
  it('need a capital: a lowercase foreign adjective is not a country', () => {
    // "indiana" is Portuguese for Indian, and what one rewording tool writes for "in".
    expect(find('Hackers breach a forum', ['The attackers stole data indiana several groups.'], 'en').victims).toEqual([]);
  });

  it('keep a name that begins with an article', () => {
    expect(find('Bank hack', ['Stolen funds reached accounts at a bank in the Philippines after the hack.'], 'en').victims).toEqual(['PH']);
  });
});

describe('who acts rather than who was attacked', () => {
  it('is not the victim when officials of a country speak or act', () => {
    expect(find('Officials ground drones over espionage fears', ['US officials said the drones could send data abroad.'], 'en').victims).toEqual([]);
  });

  it('is still the victim when its officials were targeted', () => {
    expect(find('Phishing wave', ['Hackers targeted Estonian officials with fake invitations.'], 'en').victims).toEqual(['EE']);
  });

  it('is the attacker where a title puts it before an active attack verb', () => {
    expect(find('Qatari Sheikh Allegedly Hacked Rival Executive Using WhatsApp', ['The account of a Qatari sheikh sent the message.'], 'en').victims).toEqual([]);
  });

  it('is the defendant where it follows the one suing', () => {
    expect(find('Messaging firm sues spyware maker', ['The company sued Israeli spyware firm Acme Labs for hacking its users.'], 'en').origins).toEqual(['IL']);
  });

  it('is the home of a suspect, not a victim, where a person resides', () => {
    const found = find('Fraudster extradited', ['A Kenyan citizen residing in Uganda was extradited on wire fraud charges.'], 'en');
    expect(found.victims).toEqual([]);
    expect(found.origins).toEqual(['KE', 'UG']);
  });

  it('is the warning agency, named after its verb', () => {
    expect(find('Ransomware infects 900 firms, warns Belgian government', [], 'en').victims).toEqual([]);
  });
});

describe('a language', () => {
  it('is neither victim nor origin', () => {
    const found = find('Loader sold on forums', ['The author posted an advert in Russian on a forum.', 'The campaign hit Portuguese speakers.'], 'en');
    expect(found.victims).toEqual([]);
    expect(found.origins).toEqual([]);
  });
});

describe('a group of people', () => {
  it('listed by kind is not a threat group', () => {
    expect(find('Spyware audit', ['Spyware exploited the flaw against a group of Chileans including lawyers and reporters.'], 'en').origins).toEqual([]);
  });

  it('can still be the attackers', () => {
    expect(find('Accounts hijacked', ['Believed to be a group of Saudi teenagers, the crew hijacked the accounts of celebrities.'], 'en').origins).toEqual(['SA']);
  });
});

describe('money that vanished from accounts', () => {
  it('is an attack on the banks where it happened', () => {
    expect(find('New Android flaw', ['Several banks in Estonia reported money disappearing from customer accounts.'], 'en').victims).toEqual(['EE']);
  });
});
