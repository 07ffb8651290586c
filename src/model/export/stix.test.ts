import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../format/export-format.ts';
import { exportCatalog, noEntities, postWith, seedLikePost } from '../../test-support/export-fixture.ts';
import { stixReferenceErrors, stixSchemaErrors } from '../../test-support/stix-schemas.ts';
import { recordBuilder } from './record.ts';
import { STIX_MAPPING_TIMESTAMP, stixId } from './stix-ids.ts';
import { stixBundle, stixRegion, type StixOptions } from './stix.ts';
import type { StixBundle, StixLocation, StixObject, StixRelationship, StixReport } from './stix-types.ts';

const record = recordBuilder(exportCatalog);

/** The bundle of `records`, after checking it against the OASIS schemas and that every reference resolves. */
function validBundle(records: ExportRecord[], options?: StixOptions): StixBundle {
  const { bundle } = stixBundle(records, exportCatalog, options);
  expect(stixSchemaErrors(bundle)).toEqual([]);
  // The schemas check the shape of an id, not that it points at something in the bundle.
  expect(stixReferenceErrors(bundle)).toEqual([]);
  return bundle;
}

function objectsOf<T extends StixObject['type']>(bundle: StixBundle, type: T): Extract<StixObject, { type: T }>[] {
  return (bundle.objects ?? []).filter((object): object is Extract<StixObject, { type: T }> => object.type === type);
}

/** Relationships as readable triples: "Lazarus Group targets United Kingdom". */
function triples(bundle: StixBundle): string[] {
  const names = new Map((bundle.objects ?? []).map((object) => [object.id, 'name' in object ? object.name : object.id]));
  return objectsOf(bundle, 'relationship').map((link: StixRelationship) => `${names.get(link.source_ref)} ${link.relationship_type} ${names.get(link.target_ref)}`);
}

describe('STIX 2.1 bundle', () => {
  it('maps the seed-like post: Lazarus Group with its aliases, AppleJeus, victims GB PL RU CN, origin KP', () => {
    const bundle = validBundle([record(seedLikePost)]);

    const [lazarus] = objectsOf(bundle, 'intrusion-set');
    expect(lazarus?.name).toBe('Lazarus Group');
    expect(lazarus?.aliases).toEqual(['Hidden Cobra', 'APT38']);
    expect(lazarus?.external_references).toEqual([{ source_name: 'mitre-attack', external_id: 'G0032', url: 'https://attack.mitre.org/groups/G0032/' }]);
    expect(objectsOf(bundle, 'malware')).toMatchObject([{ name: 'AppleJeus', is_family: true }]);
    expect(objectsOf(bundle, 'location').map((place: StixLocation) => [place.country, place.name])).toEqual([
      ['CN', 'China'],
      ['GB', 'United Kingdom'],
      ['PL', 'Poland'],
      ['RU', 'Russia'],
      ['KP', 'North Korea'],
    ]);

    expect(triples(bundle).sort()).toEqual(
      [
        'AppleJeus targets China',
        'AppleJeus targets Poland',
        'AppleJeus targets Russia',
        'AppleJeus targets United Kingdom',
        'Lazarus Group originates-from North Korea',
        'Lazarus Group targets China',
        'Lazarus Group targets Poland',
        'Lazarus Group targets Russia',
        'Lazarus Group targets United Kingdom',
        'Lazarus Group uses AppleJeus',
      ].sort(),
    );
  });

  it('writes one report per post, published at the post date in UTC, pointing at the article', () => {
    const bundle = validBundle([record(seedLikePost)]);
    const [report] = objectsOf(bundle, 'report');
    expect(report?.name).toBe(seedLikePost.title);
    expect(report?.published).toBe('2020-01-11T14:47:00.000Z');
    expect(report?.created).toBe(report?.published);
    expect(report?.report_types).toEqual(['threat-report']);
    expect(report?.external_references).toEqual([
      { source_name: 'E Hacking News - Latest Hacker News and IT Security News', url: seedLikePost.url, description: 'The original article' },
      { source_name: 'E Hacking News - Latest Hacker News and IT Security News', url: 'https://www.ehackingnews.com/', description: 'The publication' },
    ]);
    // Everything else in the bundle but the Sitrep identity is what the report refers to.
    const others = (bundle.objects ?? []).filter((object) => object.type !== 'report' && object.type !== 'identity').map((object) => object.id);
    expect([...(report?.object_refs ?? [])].sort()).toEqual(others.sort());
    expect(report?.description).toContain('$571 million (theft): Last fall, Group-IB said');
    expect(report?.description).toContain('Platforms: Telegram, macOS, Windows.');
  });

  it('gives every object an id that depends only on what it stands for, so re-exports de-duplicate', () => {
    const first = validBundle([record(seedLikePost)]);
    expect(stixBundle([record(seedLikePost)], exportCatalog).bundle).toEqual(first);
    // Pinned: a changed namespace or key would silently duplicate every object analysts imported before.
    expect(stixId('intrusion-set', 'actor:lazarus-group')).toBe('intrusion-set--39496b26-ca7c-561a-8148-a51e59d02896');
    expect(objectsOf(first, 'intrusion-set')[0]?.id).toBe('intrusion-set--39496b26-ca7c-561a-8148-a51e59d02896');
    expect(objectsOf(first, 'report')[0]?.id).toBe('report--f101fd09-cce9-517e-8f5d-7c96c9bde953');
    expect(objectsOf(first, 'location').find((place) => place.country === 'GB')?.id).toBe(stixId('location', 'country:GB'));
    for (const object of first.objects ?? []) {
      if (object.type === 'report') continue;
      expect(object.created).toBe(STIX_MAPPING_TIMESTAMP);
      expect(object.modified).toBe(STIX_MAPPING_TIMESTAMP);
    }
  });

  it('writes an entity and a relationship once when several posts name them, whatever their order', () => {
    const second = record(postWith({ slug: 'lazarus-again', title: 'Lazarus again', date: '2021-03-01', entities: { victims: ['GB'], origins: [], malware: [], regions: [] } }));
    const bundle = validBundle([record(seedLikePost), second]);
    expect(objectsOf(bundle, 'intrusion-set')).toHaveLength(1);
    expect(triples(bundle).filter((triple) => triple === 'Lazarus Group targets United Kingdom')).toHaveLength(1);
    const reports = objectsOf(bundle, 'report');
    const link = objectsOf(bundle, 'relationship').find(
      (entry) => entry.source_ref === stixId('intrusion-set', 'actor:lazarus-group') && entry.relationship_type === 'targets' && entry.target_ref === stixId('location', 'country:GB'),
    );
    expect(reports).toHaveLength(2);
    for (const report of reports) expect(report.object_refs).toContain(link?.id);
    expect(stixBundle([second, record(seedLikePost)], exportCatalog).bundle.id).toBe(bundle.id);
  });

  it('writes a region named on its own as a target, in STIX region-ov spelling where it has one', () => {
    const bundle = validBundle([
      record(
        postWith({
          entities: {
            ...noEntities,
            actors: ['apt33'],
            victims: ['SA'],
            regions: ['western-asia', 'asia', 'middle-east', 'south-eastern-asia', 'australia-and-new-zealand', 'latin-america-and-the-caribbean', 'sub-saharan-africa'],
          },
        }),
      ),
    ]);
    const regions = objectsOf(bundle, 'location').filter((place) => place.region !== undefined);
    // Western Asia, Asia and the Middle East are where Saudi Arabia is: the country says it already.
    expect(regions.map((place) => [place.region, place.name])).toEqual([
      ['south-eastern-asia', 'South-eastern Asia'],
      ['australia-new-zealand', 'Australia and New Zealand'],
      ['latin-america-caribbean', 'Latin America and the Caribbean'],
      ['sub-saharan-africa', 'Sub-Saharan Africa'],
    ]);
    expect(triples(bundle)).toContain('APT33 targets South-eastern Asia');
    expect(stixRegion('middle-east')).toBe('middle-east');
    expect(stixRegion('eastern-europe')).toBe('eastern-europe');
  });

  it('keeps origin and victims in the report, unlinked, when the post names no attacker', () => {
    const bundle = validBundle([record(postWith({ entities: { ...noEntities, victims: ['GB'], origins: ['KP'] } }))]);
    expect(objectsOf(bundle, 'relationship')).toEqual([]);
    expect(objectsOf(bundle, 'report')[0]?.object_refs).toEqual([stixId('location', 'country:GB'), stixId('location', 'country:KP')]);
  });

  it('leaves out, and names, a post that names nothing STIX can hold', () => {
    const empty = record(postWith({ slug: 'deals-of-the-week', entities: noEntities }));
    const result = stixBundle([empty, record(seedLikePost)], exportCatalog);
    expect(result.skipped).toEqual([{ slug: 'deals-of-the-week', reason: 'it names no threat actor, malware, country or region' }]);
    expect(objectsOf(result.bundle, 'report')).toHaveLength(1);

    const none = stixBundle([empty], exportCatalog);
    expect(none.bundle.objects).toBeUndefined();
    expect(stixSchemaErrors(none.bundle)).toEqual([]);
  });

  it('names a post whose date cannot be read instead of guessing one', () => {
    const result = stixBundle([{ ...record(seedLikePost), date: 'yesterday' }], exportCatalog);
    expect(result.skipped).toEqual([{ slug: seedLikePost.slug, reason: 'its date "yesterday" cannot be read' }]);
  });

  it('reads a date without time or offset as midnight UTC', () => {
    const bundle = validBundle([record(postWith({ date: '2019-06-30' })), record(postWith({ slug: 'b', date: '2019-07-01T08:30:00' }))]);
    expect(objectsOf(bundle, 'report').map((report: StixReport) => report.published)).toEqual(['2019-06-30T00:00:00.000Z', '2019-07-01T08:30:00.000Z']);
  });

  it('never writes a link that is not http(s)', () => {
    const hostile = record(postWith({ url: 'javascript:alert(document.domain)', source: { name: 'Evil feed', url: 'data:text/html,<script>alert(1)</script>' } }));
    const bundle = validBundle([hostile]);
    expect(objectsOf(bundle, 'report')[0]?.external_references).toEqual([{ source_name: 'Evil feed', description: 'The publication' }]);
    expect(JSON.stringify(bundle)).not.toMatch(/javascript:|data:text/);
  });

  it('carries hostile titles as data, and the post language when known', () => {
    const title = '</script><script>alert(1)</script> "quoted" \\ \u2028 =HYPERLINK("x")';
    const bundle = validBundle([{ ...record(postWith({ title })), language: 'ru' }]);
    const [report] = objectsOf(bundle, 'report');
    expect(report?.name).toBe(title);
    expect(report?.lang).toBe('ru');
    expect(objectsOf(validBundle([{ ...record(seedLikePost), language: 'und' }]), 'report')[0]?.lang).toBeUndefined();
  });

  it('links each report to the post in Sitrep when the app URL is given', () => {
    const bundle = validBundle([record(seedLikePost)], { appUrl: 'https://intel.example.org/sitrep/' });
    expect(objectsOf(bundle, 'report')[0]?.external_references).toContainEqual({
      source_name: 'sitrep',
      external_id: seedLikePost.slug,
      url: 'https://intel.example.org/sitrep/posts/lazarus-telegram-crypto-theft',
      description: 'The post in Sitrep',
    });
  });

  it('links a post whose slug is in another script by a valid, percent-encoded URL', () => {
    const bundle = validBundle([record({ ...seedLikePost, slug: 'взлом-биржи' })], { appUrl: 'https://intel.example.org/' });
    const reference = objectsOf(bundle, 'report')[0]?.external_references?.find((ref) => ref.source_name === 'sitrep');
    expect(reference?.external_id).toBe('взлом-биржи');
    expect(reference?.url).toBe(`https://intel.example.org/posts/${encodeURIComponent('взлом-биржи')}`);
  });

  it('credits the Sitrep identity, or no one when asked', () => {
    const credited = validBundle([record(seedLikePost)]);
    const [identity] = objectsOf(credited, 'identity');
    expect(identity).toMatchObject({ name: 'Sitrep', identity_class: 'system' });
    for (const object of credited.objects ?? []) if (object !== identity) expect(object.created_by_ref).toBe(identity?.id);

    const anonymous = validBundle([record(seedLikePost)], { producer: null });
    expect(objectsOf(anonymous, 'identity')).toEqual([]);
    for (const object of anonymous.objects ?? []) expect(object.created_by_ref).toBeUndefined();
  });

  it('is refused by the schemas when it breaks STIX, so the checks above mean something', () => {
    const bundle = validBundle([record(seedLikePost)]);
    const broken = structuredClone(bundle);
    const report = objectsOf(broken, 'report')[0];
    if (report) report.published = '2020-01-11T15:47:00+01:00';
    const malware = objectsOf(broken, 'malware')[0];
    if (malware) delete (malware as Partial<typeof malware>).is_family;
    const location = objectsOf(broken, 'location')[0];
    if (location) delete location.country;
    const errors = stixSchemaErrors(broken);
    // Checked inside the bundle too, not only one by one: the bundle schema must not let it pass as a custom object.
    expect(errors.some((error) => error.startsWith('bundle/objects/'))).toBe(true);
    expect(errors.some((error) => error.startsWith('location--'))).toBe(true);
    expect(errors.some((error) => error.startsWith('report--') && error.includes('/published'))).toBe(true);
    expect(errors.some((error) => error.startsWith('malware--') && error.includes('is_family'))).toBe(true);
  });
});
