/**
 * Export records as a STIX 2.1 bundle, for OpenCTI, MISP and other threat-intelligence platforms
 * (docs/export-formats.md#stix has the mapping table).
 *
 * One `report` per post refers to what the post names: an `intrusion-set` per threat actor, a
 * `malware` per family, a `location` per country and region, and the relationships between them.
 * The relationships are the ones the STIX 2.1 spec lists for these objects (the relationship
 * tables of Intrusion Set and Malware):
 * - victims: intrusion-set `targets` location, and malware `targets` location. Both attackers a post
 *   names are linked to its victims, so the malware's page in OpenCTI shows where it hit too.
 * - origin: intrusion-set `originates-from` location. The issue asked for `attributed-to`, but in
 *   STIX that runs from an intrusion set to a threat-actor (and from a threat actor to an identity),
 *   never to a location; Sitrep knows the attackers' country, not a sponsoring organisation, and
 *   inventing a threat-actor per country would state more than the post does.
 * - intrusion-set `uses` malware.
 * Each relationship states what one post says: its actors, malware and victims together. A post's
 * origin or victims with no actor or malware named stay in its report as locations, unlinked.
 */
import type { ExportRecord } from '../format/export-format.ts';
import { parsePostDate } from '../post-date.ts';
import { paths } from '../view/paths.ts';
import { httpUrl } from './safe-url.ts';
import { STIX_MAPPING_TIMESTAMP, stixId, stixTimestamp } from './stix-ids.ts';
import type {
  StixBundle,
  StixExternalReference,
  StixIdentity,
  StixLocation,
  StixObject,
  StixRelationship,
  StixRelationshipType,
  StixReport,
} from './stix-types.ts';

/** The catalog parts the bundle names places from, and ATT&CK ids; the compiled catalog fits. */
export interface StixCatalog {
  countries: readonly { code: string; name: string; regions: readonly string[] }[];
  regions: readonly { id: string; name: string }[];
  actors?: readonly { id: string; attackId: string | null }[];
  malware?: readonly { id: string; attackId: string | null }[];
}

/** Choices of the caller. */
export interface StixOptions {
  /** The app's absolute root URL (`https://intel.example.org/sitrep/`): adds each post's Sitrep page to its report. */
  appUrl?: string;
  /** The `created_by_ref` identity's name; `null` leaves the identity out. Default "Sitrep". */
  producer?: string | null;
}

/** A post left out of the bundle, and why, for the notice the caller shows. */
export interface StixSkipped {
  slug: string;
  reason: string;
}

/** The bundle, and the posts it could not hold. */
export interface StixExport {
  bundle: StixBundle;
  skipped: StixSkipped[];
}

// The two UN M49 areas whose STIX region-ov spelling differs from Sitrep's id. Every other M49 id is
// spelled as in region-ov; the groupings (middle-east, asia-pacific, cis, european-union) and
// sub-saharan-africa have no region-ov value and keep Sitrep's id, which region-ov, an open
// vocabulary, allows.
const STIX_REGION_SPELLING: Readonly<Record<string, string>> = {
  'australia-and-new-zealand': 'australia-new-zealand',
  'latin-america-and-the-caribbean': 'latin-america-caribbean',
};

/** The STIX `region` value of a Sitrep region id. */
export function stixRegion(regionId: string): string {
  return STIX_REGION_SPELLING[regionId] ?? regionId;
}

function attackReference(attackId: string | null | undefined, kind: 'groups' | 'software'): StixExternalReference[] | undefined {
  // Checked so a malformed catalog value cannot turn into a link elsewhere.
  if (!attackId || !/^[GS]\d{4}$/.test(attackId)) return undefined;
  return [{ source_name: 'mitre-attack', external_id: attackId, url: `https://attack.mitre.org/${kind}/${attackId}/` }];
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The STIX 2.1 bundle of `records`. Ids, timestamps and order depend only on the records, the
 * catalog and the options, so exporting the same posts twice gives the same bytes, and a platform
 * that imports both keeps one copy of each object.
 */
export function stixBundle(records: readonly ExportRecord[], catalog: StixCatalog, options: StixOptions = {}): StixExport {
  const producer = options.producer === undefined ? 'Sitrep' : options.producer;
  const identity: StixIdentity | null =
    producer === null
      ? null
      : { type: 'identity', spec_version: '2.1', id: stixId('identity', `identity:${producer}`), created: STIX_MAPPING_TIMESTAMP, modified: STIX_MAPPING_TIMESTAMP, name: producer, identity_class: 'system' };
  const createdBy = identity ? { created_by_ref: identity.id } : {};
  // The properties every entity and relationship starts with.
  const head = <T extends string>(type: T, key: string) => ({
    type,
    spec_version: '2.1' as const,
    id: stixId(type, key),
    ...createdBy,
    created: STIX_MAPPING_TIMESTAMP,
    modified: STIX_MAPPING_TIMESTAMP,
  });

  const countries = new Map(catalog.countries.map((country) => [country.code, country]));
  const regionIdByName = new Map(catalog.regions.map((region) => [region.name, region.id]));
  const regionNames = new Map(catalog.regions.map((region) => [region.id, region.name]));
  const actorAttackIds = new Map((catalog.actors ?? []).map((actor) => [actor.id, actor.attackId]));
  const malwareAttackIds = new Map((catalog.malware ?? []).map((family) => [family.id, family.attackId]));

  // Objects by id in the order first met: an entity named by many posts is written once.
  const entities = new Map<string, StixObject>();
  const relationships = new Map<string, StixRelationship>();
  const reports: StixReport[] = [];
  const skipped: StixSkipped[] = [];

  const add = (object: StixObject): string => {
    if (!entities.has(object.id)) entities.set(object.id, object);
    return object.id;
  };
  const country = (code: string): string => {
    const location: StixLocation = { ...head('location', `country:${code}`), name: countries.get(code)?.name ?? code, country: code };
    return add(location);
  };
  const region = (id: string): string => {
    const location: StixLocation = { ...head('location', `region:${id}`), name: regionNames.get(id) ?? id, region: stixRegion(id) };
    return add(location);
  };
  const relate = (source: string, type: StixRelationshipType, target: string): string => {
    const relationship: StixRelationship = { ...head('relationship', `relationship:${source}:${type}:${target}`), relationship_type: type, source_ref: source, target_ref: target };
    if (!relationships.has(relationship.id)) relationships.set(relationship.id, relationship);
    return relationship.id;
  };

  for (const record of records) {
    const date = parsePostDate(record.date);
    if (!date) {
      skipped.push({ slug: record.slug, reason: `its date "${record.date}" cannot be read` });
      continue;
    }
    const actors = record.actors.map((actor) => {
      const aliases = [...new Set(actor.aliases)].filter((alias) => alias !== actor.name);
      const external_references = attackReference(actorAttackIds.get(actor.id), 'groups');
      return add({
        ...head('intrusion-set', `actor:${actor.id}`),
        name: actor.name,
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(external_references ? { external_references } : {}),
      });
    });
    const malware = record.malware.map((family) => {
      const external_references = attackReference(malwareAttackIds.get(family.id), 'software');
      return add({
        ...head('malware', `malware:${family.id}`),
        name: family.name,
        is_family: true,
        ...(external_references ? { external_references } : {}),
      });
    });
    const targets = [...record.countries.victim.map(country), ...victimRegions(record).map(region)];
    const origins = record.countries.origin.map(country);

    const links: string[] = [];
    for (const actor of actors) {
      for (const target of targets) links.push(relate(actor, 'targets', target));
      for (const origin of origins) links.push(relate(actor, 'originates-from', origin));
      for (const family of malware) links.push(relate(actor, 'uses', family));
    }
    for (const family of malware) for (const target of targets) links.push(relate(family, 'targets', target));

    const refs = [...new Set([...actors, ...malware, ...targets, ...origins, ...links])];
    if (refs.length === 0) {
      // STIX requires at least one object_ref: a report that names nothing carries no intelligence.
      skipped.push({ slug: record.slug, reason: 'it names no threat actor, malware, country or region' });
      continue;
    }
    reports.push(report(record, stixTimestamp(date.epochMs), refs));
  }

  function victimRegions(record: ExportRecord): string[] {
    // A post's regions include those of its victim countries (Europe for Poland); only a region
    // named on its own ("banks across the Middle East") says more than the countries already do.
    const implied = new Set(record.countries.victim.flatMap((code) => countries.get(code)?.regions ?? []));
    const ids = record.regions.map((name) => regionIdByName.get(name) ?? slugOf(name));
    return [...new Set(ids)].filter((id) => id !== '' && !implied.has(id));
  }

  function report(record: ExportRecord, published: string, refs: string[]): StixReport {
    const description = [
      ...(record.platforms.length > 0 ? [`Platforms: ${record.platforms.map((platform) => platform.name).join(', ')}.`] : []),
      ...record.figures.map((figure) => `${figure.text} (${figure.kind}): ${figure.sentence}`),
    ].join('\n');
    const external_references = reportReferences(record, options.appUrl);
    const lang = record.language && /^[a-z]{2,3}$/.test(record.language) && record.language !== 'und' ? record.language : undefined;
    return {
      type: 'report',
      spec_version: '2.1',
      id: stixId('report', `post:${record.slug}`),
      ...createdBy,
      // As far as Sitrep knows a post is never edited once published: its date is its only version.
      created: published,
      modified: published,
      name: record.title,
      ...(description ? { description } : {}),
      ...(lang ? { lang } : {}),
      report_types: ['threat-report'],
      published,
      object_refs: refs,
      ...(external_references.length > 0 ? { external_references } : {}),
    };
  }

  const objects: StixObject[] = [
    ...(identity ? [identity] : []),
    // Entities grouped by type, then relationships, then reports: referenced objects come first.
    ...['intrusion-set', 'malware', 'location'].flatMap((type) => [...entities.values()].filter((object) => object.type === type)),
    ...relationships.values(),
    ...reports,
  ];
  const bundleKey = `bundle:${reports.map((entry) => entry.id).sort().join(',')}`;
  const bundle: StixBundle = { type: 'bundle', id: stixId('bundle', bundleKey), ...(reports.length > 0 ? { objects } : {}) };
  return { bundle, skipped };
}

/** The article, its publication (when it links elsewhere) and, with `appUrl`, the post's page in Sitrep. */
function reportReferences(record: ExportRecord, appUrl: string | undefined): StixExternalReference[] {
  const references: StixExternalReference[] = [];
  const article = httpUrl(record.url);
  if (article) references.push({ source_name: record.source?.name || new URL(article).hostname, url: article, description: 'The original article' });
  const sourceUrl = httpUrl(record.source?.url);
  // The publication gets its own reference unless its link is the article's (feed reposts often share one).
  if (record.source?.name && (sourceUrl === null || sourceUrl !== article)) {
    references.push({ source_name: record.source.name, ...(sourceUrl ? { url: sourceUrl } : {}), description: 'The publication' });
  }
  const app = httpUrl(appUrl);
  if (app) {
    // paths.post gives `/posts/<slug>` relative to the app's root; the root may sit under a sub-path.
    const page = new URL(paths.post.getHref(record.slug).slice(1), app.endsWith('/') ? app : `${app}/`).href;
    references.push({ source_name: 'sitrep', external_id: record.slug, url: page, description: 'The post in Sitrep' });
  }
  return references;
}
