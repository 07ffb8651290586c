/**
 * STIX identifiers and timestamps that do not change from one export to the next, so importing the
 * same posts twice into OpenCTI or MISP updates objects instead of duplicating them
 * (docs/export-formats.md#ids).
 */
import { v5 as uuidv5 } from 'uuid';

/**
 * The namespace of every Sitrep STIX id: a random UUID drawn once and fixed forever. Changing it
 * changes every id Sitrep has ever exported.
 */
export const SITREP_STIX_NAMESPACE = '9740ce43-0030-43f1-a779-c891c04555bb';

/**
 * `created` and `modified` of every object that is not a report (intrusion sets, malware, locations,
 * relationships, the Sitrep identity): the day this mapping was defined. A date taken from the
 * posts would differ between exports of different views, and STIX forbids one id with two `created`
 * values. Move it forward (never back) when the mapping changes what these objects hold, so
 * importers take the new version.
 */
export const STIX_MAPPING_TIMESTAMP = '2026-12-01T00:00:00.000Z';

/**
 * The id of a STIX object: `<type>--<UUIDv5(namespace, key)>`, the key naming the Sitrep entity
 * (`actor:lazarus-group`, `country:GB`, `post:<slug>`). UUIDv5 (RFC 9562, name-based) is what the
 * STIX 2.1 spec itself uses for the deterministic ids of cyber observables.
 */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(key, SITREP_STIX_NAMESPACE)}`;
}

/** An instant as a STIX timestamp: RFC 3339 in UTC with milliseconds (`2020-01-11T14:47:00.000Z`). */
export function stixTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
