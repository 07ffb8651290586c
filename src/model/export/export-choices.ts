/**
 * What the explorer's "Export" offers: the formats and the most posts one export holds. Apart from
 * the writers (view-export.ts), so the explorer can show its choices without loading them.
 */

/** A format the explorer exports. */
export type ExportFormat = 'csv' | 'json' | 'stix';

/** The formats, in the order the explorer offers them, with their file extension and media type. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; extension: string; type: string }[] = [
  { format: 'csv', label: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  { format: 'json', label: 'JSON', extension: 'json', type: 'application/json' },
  // The media type STIX 2.1 registers for its JSON serialization.
  { format: 'stix', label: 'STIX 2.1 bundle', extension: 'stix.json', type: 'application/stix+json;version=2.1' },
];

/**
 * The most posts one export holds. Each post is one data file to fetch (its entities, figures and
 * source are there, not in the list), so 5,000 posts are about 5,000 requests and some tens of
 * megabytes: a minute at most on an ordinary connection. A larger view exports its first 5,000 in
 * the list's order, and says so; narrowing the view (by dates) exports the rest.
 */
export const EXPORT_LIMIT = 5000;
