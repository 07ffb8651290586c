/**
 * Test support: checks Atom documents against RFC 4287, offline. The grammar is the RFC's own RELAX
 * NG schema (Appendix B, checked in beside this file, see README.md), run by libxml2 compiled to
 * WebAssembly (xmllint-wasm); the RFC's rules a grammar cannot say (its two Schematron assertions,
 * absolute ids, RFC 3339 dates, one alternate link per type and language, unique entry ids) are
 * checked here on the parsed document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { memoryPages, validateXML } from 'xmllint-wasm';

const SCHEMA = readFileSync(path.join(import.meta.dirname, 'atom.rng'), 'utf8');

/** A document to check, under the name its errors carry. */
export interface AtomDocument {
  name: string;
  xml: string;
}

/**
 * Every error of the documents: RELAX NG validity errors as libxml2 words them (`feed.atom:5: element
 * updatedx: Relax-NG validity error : ...`), then the RFC's other rules (`feed.atom: entry 2 has no
 * alternate link and no content`). Empty when every document is a valid Atom feed or entry.
 * Documents are validated together: libxml2 starts once for all of them.
 */
export async function atomErrors(documents: readonly AtomDocument[]): Promise<string[]> {
  if (documents.length === 0) return [];
  const result = await validateXML({
    xml: documents.map(({ name, xml }) => ({ fileName: name, contents: xml })),
    schema: [{ fileName: 'atom.rng', contents: SCHEMA }],
    extension: 'relaxng',
    // Hundreds of feeds at once need more than the default 16 MiB.
    maxMemoryPages: memoryPages.GiB,
  });
  const errors = result.valid ? [] : result.errors.map((error) => error.rawMessage);
  for (const { name, xml } of documents) errors.push(...ruleErrors(xml).map((error) => `${name}: ${error}`));
  return errors;
}

/** The errors of one document (see `atomErrors`). */
export async function atomFeedErrors(xml: string, name = 'feed.atom'): Promise<string[]> {
  return atomErrors([{ name, xml }]);
}

interface Link {
  '@_rel'?: string;
  '@_type'?: string;
  '@_hreflang'?: string;
}

interface Element {
  id?: unknown;
  author?: unknown[];
  link?: Link[];
  content?: unknown;
  updated?: unknown;
  published?: unknown;
}

interface Feed extends Element {
  entry?: Element[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

// RFC 3339 date-time: xsd:dateTime, which the grammar checks, also allows a time without a zone.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
// An absolute IRI starts with a scheme (RFC 3987); the grammar leaves atomUri unconstrained.
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

function ruleErrors(xml: string): string[] {
  const errors: string[] = [];
  let parsed: { feed?: Feed; entry?: Element[] };
  try {
    parsed = parser.parse(xml) as typeof parsed;
  } catch (error) {
    return [`does not parse: ${error instanceof Error ? error.message : String(error)}`];
  }
  const feed = parsed.feed;
  if (!feed) return errors;
  const entries = feed.entry ?? [];
  // Schematron, Appendix B: the feed's author stands for entries without one.
  if (!feed.author?.length && entries.some((entry) => !entry.author?.length)) errors.push('the feed has no author and an entry has none either');
  checkElement('the feed', feed, errors);
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    checkElement(where, entry, errors);
    // Schematron, Appendix B: something for a reader to open.
    if (!(entry.link ?? []).some((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate') && entry.content === undefined) {
      errors.push(`${where} has no alternate link and no content`);
    }
    const id = textOf(entry.id);
    if (ids.has(id)) errors.push(`${where} repeats the id ${id}`);
    ids.add(id);
    if (entry.published !== undefined && !RFC3339.test(textOf(entry.published))) errors.push(`${where}: published "${textOf(entry.published)}" is not an RFC 3339 date-time`);
  });
  return errors;
}

function checkElement(where: string, element: Element, errors: string[]): void {
  if (!ABSOLUTE_IRI.test(textOf(element.id))) errors.push(`${where}: the id "${textOf(element.id)}" is not an absolute IRI (section 4.2.6)`);
  if (!RFC3339.test(textOf(element.updated))) errors.push(`${where}: updated "${textOf(element.updated)}" is not an RFC 3339 date-time (section 3.3)`);
  // Sections 4.1.1 and 4.1.2: at most one alternate link per type and language.
  const alternates = new Set<string>();
  for (const link of element.link ?? []) {
    if ((link['@_rel'] ?? 'alternate') !== 'alternate') continue;
    const key = `${link['@_type'] ?? ''} ${link['@_hreflang'] ?? ''}`;
    if (alternates.has(key)) errors.push(`${where} has two alternate links of type "${link['@_type'] ?? ''}"`);
    alternates.add(key);
  }
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && value !== null && '#text' in value) return String(value['#text']).trim();
  return '';
}
