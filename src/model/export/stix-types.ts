/**
 * The STIX 2.1 objects Sitrep writes: the few properties it sets, typed so a mistake fails the build
 * rather than an import in OpenCTI. The OASIS JSON schemas check the rest in the tests.
 */

/** A pointer to something outside STIX: the article, its publication, MITRE ATT&CK, the post in Sitrep. */
export interface StixExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
}

interface StixCommon {
  spec_version: '2.1';
  id: string;
  created_by_ref?: string;
  /** RFC 3339 UTC with milliseconds, as STIX requires. */
  created: string;
  modified: string;
  external_references?: StixExternalReference[];
}

/** Who made the objects: Sitrep, as a `system`. */
export interface StixIdentity extends StixCommon {
  type: 'identity';
  name: string;
  identity_class: 'system';
}

/** A threat actor of the catalog: in STIX terms a group's observed activity, an intrusion set. */
export interface StixIntrusionSet extends StixCommon {
  type: 'intrusion-set';
  name: string;
  aliases?: string[];
}

/** A malware family of the catalog. */
export interface StixMalware extends StixCommon {
  type: 'malware';
  name: string;
  is_family: true;
}

/** A country (`country`, ISO 3166-1 alpha-2) or a region (`region`, STIX region-ov where it has one). */
export interface StixLocation extends StixCommon {
  type: 'location';
  name: string;
  country?: string;
  region?: string;
}

/** The relationships Sitrep asserts; docs/export-formats.md#stix says why these. */
export type StixRelationshipType = 'targets' | 'originates-from' | 'uses';

/** A relationship between two of the objects above. */
export interface StixRelationship extends StixCommon {
  type: 'relationship';
  relationship_type: StixRelationshipType;
  source_ref: string;
  target_ref: string;
}

/** One post. */
export interface StixReport extends StixCommon {
  type: 'report';
  name: string;
  description?: string;
  /** RFC 5646 language code of the post. */
  lang?: string;
  report_types: ['threat-report'];
  /** The post's publication date, in UTC. */
  published: string;
  object_refs: string[];
}

/** Any object Sitrep writes. */
export type StixObject = StixIdentity | StixIntrusionSet | StixMalware | StixLocation | StixRelationship | StixReport;

/** A STIX 2.1 bundle (a bundle has no spec_version of its own); `objects` is absent when empty. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects?: StixObject[];
}
