/**
 * Test support for the export modules: a post like the seed (Kaspersky on Lazarus stealing
 * cryptocurrency over Telegram) and the catalog entries it names, written out by hand so the tests
 * read as what an analyst would check.
 */
import type { CatalogData, Country, Region, ThreatActor } from '../model/format/catalog-format.ts';
import type { RecordPost } from '../model/export/record.ts';

function actor(id: string, name: string, aliases: string[], extra: Partial<ThreatActor> = {}): ThreatActor {
  return {
    id,
    name,
    kind: 'state',
    country: null,
    firstSeen: null,
    attackId: null,
    parent: null,
    aliases: aliases.map((alias) => ({ name: alias, by: null })),
    description: '',
    links: [],
    ...extra,
  };
}

const countries: Country[] = [
  { code: 'GB', name: 'United Kingdom', regions: ['northern-europe', 'europe'] },
  { code: 'PL', name: 'Poland', regions: ['eastern-europe', 'europe', 'european-union'] },
  { code: 'RU', name: 'Russia', regions: ['eastern-europe', 'europe', 'cis'] },
  { code: 'CN', name: 'China', regions: ['eastern-asia', 'asia', 'asia-pacific'] },
  { code: 'KP', name: 'North Korea', regions: ['eastern-asia', 'asia', 'asia-pacific'] },
  { code: 'SA', name: 'Saudi Arabia', regions: ['western-asia', 'asia', 'middle-east'] },
];

const regions: Region[] = [
  { id: 'europe', name: 'Europe', kind: 'm49' },
  { id: 'northern-europe', name: 'Northern Europe', kind: 'm49' },
  { id: 'eastern-europe', name: 'Eastern Europe', kind: 'm49' },
  { id: 'asia', name: 'Asia', kind: 'm49' },
  { id: 'eastern-asia', name: 'Eastern Asia', kind: 'm49' },
  { id: 'western-asia', name: 'Western Asia', kind: 'm49' },
  { id: 'south-eastern-asia', name: 'South-eastern Asia', kind: 'm49' },
  { id: 'australia-and-new-zealand', name: 'Australia and New Zealand', kind: 'm49' },
  { id: 'latin-america-and-the-caribbean', name: 'Latin America and the Caribbean', kind: 'm49' },
  { id: 'sub-saharan-africa', name: 'Sub-Saharan Africa', kind: 'm49' },
  { id: 'european-union', name: 'European Union', kind: 'grouping' },
  { id: 'cis', name: 'CIS', kind: 'grouping' },
  { id: 'asia-pacific', name: 'Asia-Pacific', kind: 'grouping' },
  { id: 'middle-east', name: 'Middle East', kind: 'grouping' },
];

/** The catalog entries the seed-like post names, plus a few regions for the region tests. */
export const exportCatalog: CatalogData = {
  format: 1,
  actors: [
    actor('lazarus-group', 'Lazarus Group', ['Hidden Cobra', 'APT38'], { country: 'KP', attackId: 'G0032' }),
    actor('apt33', 'APT33', ['Elfin', 'Refined Kitten'], { country: 'IR', attackId: 'G0064' }),
  ],
  malware: [
    {
      id: 'applejeus',
      name: 'AppleJeus',
      type: 'trojan',
      aliases: [],
      actors: ['lazarus-group'],
      platforms: ['macos', 'windows'],
      firstSeen: 2018,
      attackId: 'S0584',
      description: '',
      links: [],
    },
  ],
  platforms: [
    { id: 'telegram', name: 'Telegram', category: 'messaging', aliases: [] },
    { id: 'macos', name: 'macOS', category: 'os', aliases: [] },
    { id: 'windows', name: 'Windows', category: 'os', aliases: [] },
  ],
  countries,
  regions,
};

/** A post like the seed: Lazarus Group with AppleJeus, victims GB, PL, RU and CN, origin KP, $571 million stolen. */
export const seedLikePost: RecordPost = {
  slug: 'lazarus-telegram-crypto-theft',
  title: 'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
  date: '2020-01-11T15:47:00+01:00',
  source: { name: 'E Hacking News - Latest Hacker News and IT Security News', url: 'https://www.ehackingnews.com' },
  url: 'https://www.ehackingnews.com/2020/01/kaspersky-lab-reports-north-korean.html',
  relevant: true,
  language: 'en',
  entities: {
    actors: ['lazarus-group'],
    malware: ['applejeus'],
    platforms: ['telegram', 'macos', 'windows'],
    victims: ['CN', 'GB', 'PL', 'RU'],
    origins: ['KP'],
    regions: ['europe', 'northern-europe', 'eastern-europe', 'european-union', 'cis', 'eastern-asia', 'asia', 'asia-pacific'],
  },
  figures: [
    {
      text: '$571 million',
      amount: 571000000,
      currency: 'USD',
      kind: 'theft',
      sentence: 'Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.',
      usd: 571000000,
    },
  ],
};

/** A post body with the seed-like post's defaults and whatever a test changes. */
export function postWith(changes: Omit<Partial<RecordPost>, 'entities'> & { entities?: Partial<RecordPost['entities']> }): RecordPost {
  return {
    ...seedLikePost,
    ...changes,
    entities: { ...seedLikePost.entities, ...changes.entities },
  };
}

/** No entities at all: a post that names no actor, malware, country or region. */
export const noEntities: RecordPost['entities'] = { actors: [], malware: [], platforms: [], victims: [], origins: [], regions: [] };
