import { describe, expect, it } from 'vitest';
import { actorPageView, type ActorPageInput } from './actor-view.ts';
import type { Malware, ThreatActor } from './format/catalog-format.ts';

const actor = (fields: Partial<ThreatActor> & Pick<ThreatActor, 'id' | 'name'>): ThreatActor => ({
  kind: 'state',
  country: null,
  firstSeen: null,
  attackId: null,
  parent: null,
  aliases: [],
  description: '',
  links: [],
  ...fields,
});

const malware = (id: string, name: string, actors: string[]): Malware => ({ id, name, type: 'trojan', aliases: [], actors, platforms: [], firstSeen: null, attackId: null, description: '', links: [] });

const catalog: ActorPageInput['catalog'] = {
  actors: [
    actor({ id: 'lazarus-group', name: 'Lazarus Group', country: 'KP', aliases: [{ name: 'Hidden Cobra', by: 'US government' }, { name: 'Zinc', by: null }] }),
    actor({ id: 'apt38', name: 'APT38', parent: 'lazarus-group', kind: 'criminal' }),
    actor({ id: 'andariel', name: 'Andariel', parent: 'lazarus-group' }),
  ],
  malware: [malware('applejeus', 'AppleJeus', ['lazarus-group']), malware('manuscrypt', 'Manuscrypt', ['lazarus-group', 'apt38'])],
};

const COUNTRIES: Record<string, string> = { KP: 'North Korea' };
const viewOf = (id: string, total = 12) => actorPageView({ catalog, id, total, nameOf: (_facet, code) => COUNTRIES[code] ?? code });

describe('the actor page view', () => {
  it('introduces the group, links its country, its sub-groups and its posts, and lists its names and malware', () => {
    const page = viewOf('lazarus-group');
    expect(page).toMatchObject({
      kind: 'State-sponsored group',
      country: { name: 'North Korea', href: '/countries/KP' },
      parent: null,
      subGroups: [
        { id: 'apt38', name: 'APT38', href: '/actors/apt38' },
        { id: 'andariel', name: 'Andariel', href: '/actors/andariel' },
      ],
      aliases: [
        { name: 'Hidden Cobra', by: 'US government' },
        { name: 'Zinc', by: '—' },
      ],
      malware: 'AppleJeus, Manuscrypt',
      posts: { href: '/?actor=lazarus-group', text: 'All 12 posts naming Lazarus Group →' },
      chartsHref: '/charts?actor=lazarus-group',
      feed: { file: 'feeds/actors/lazarus-group.atom', title: 'Sitrep: Lazarus Group' },
    });
    expect(page?.links.withValue('victim')('GB')).toBe('/?actor=lazarus-group&victim=GB');
    expect(page?.links.inYear(2017)).toBe('/?actor=lazarus-group&from=2017-01-01&to=2017-12-31');
  });

  it('links a sub-group to the group it is part of', () => {
    expect(viewOf('apt38')).toMatchObject({ kind: 'Cybercrime group', country: null, parent: { name: 'Lazarus Group', href: '/actors/lazarus-group' }, subGroups: [], malware: 'Manuscrypt' });
  });

  it('says so when no post names the group, and offers no charts and no feed', () => {
    expect(viewOf('andariel', 0)).toMatchObject({ posts: { href: '/?actor=andariel', text: 'No posts name this group yet' }, chartsHref: null, feed: null, malware: null });
    expect(viewOf('andariel', 1)?.posts.text).toBe('All 1 post naming Andariel →');
  });

  it('is null for an id the catalog does not hold', () => {
    expect(viewOf('nobody')).toBeNull();
  });
});
