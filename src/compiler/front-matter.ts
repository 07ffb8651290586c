/**
 * Splits a post into front matter and body and parses the front matter as YAML.
 *
 * js-yaml with its core schema: it reads front matter the way Jekyll's and Hugo's parsers do (a quoted
 * title wrapped onto an unindented second line is accepted, as in real feed exports), it never builds
 * dates (so the author's offset survives as written) and it has no tag that runs code.
 * See docs/decisions/0001-front-matter-parser.md.
 */
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import type { Position, ProblemList } from './problems.ts';

/** The parts of a post file. Lines are 1-based, in the file as written. */
export interface SplitPost {
  /** Parsed front matter; `null` when the file has none. */
  data: Record<string, unknown> | null;
  /** The front matter's lines, to point problems at a key. */
  frontMatterLines: string[];
  /** File line of the first front matter line. */
  frontMatterStart: number;
  body: string;
  /** File line of the first body line. */
  bodyStart: number;
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const OTHER_LANGUAGE = /^(?:---[ \t]*(\S+)|\+\+\+)[ \t]*$/;

/**
 * Reads front matter between `---` lines. Returns `null` (with an error recorded) when the front
 * matter cannot be trusted, so the post is left out rather than compiled from half its data.
 */
export function splitFrontMatter(text: string, problems: ProblemList): SplitPost | null {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (!OPENING.test(first)) {
    const other = OTHER_LANGUAGE.exec(first);
    if (other) {
      const language = other[1] ?? 'toml';
      problems.error(
        { line: 1, column: 1 },
        `front matter in ${language === 'toml' ? 'TOML (+++)' : `"${language}" (---${language})`} is not read: Sitrep reads YAML front matter only and never runs code from a post`,
        'write the front matter as YAML between two lines of three dashes (---)',
      );
      return null;
    }
    return { data: null, frontMatterLines: [], frontMatterStart: 1, body: text, bodyStart: 1 };
  }

  const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (closing === -1) {
    problems.error(
      { line: 1, column: 1 },
      'the front matter opened on this line is never closed',
      'add a line with three dashes (---) after the last front matter field',
    );
    return null;
  }

  const frontMatterLines = lines.slice(1, closing);
  const split = {
    frontMatterLines,
    frontMatterStart: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyStart: closing + 2,
  };
  let data: unknown;
  try {
    data = load(frontMatterLines.join('\n'), { schema: CORE_SCHEMA, filename: problems.file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    problems.error(
      { line: split.frontMatterStart + error.mark.line, column: error.mark.column + 1 },
      `the front matter is not valid YAML: ${error.reason}`,
      yamlFix(error.reason),
    );
    return null;
  }
  if (data === null || data === undefined) return { ...split, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.error(
      { line: split.frontMatterStart, column: 1 },
      'the front matter must be a set of "key: value" fields',
      'write one field per line, such as title: \'My post\'',
    );
    return null;
  }
  return { ...split, data: data as Record<string, unknown> };
}

function yamlFix(reason: string): string {
  if (reason.includes('duplicated mapping key')) return 'keep only one line for each field';
  if (reason.includes('tab characters')) return 'indent with spaces: YAML does not allow tabs for indentation';
  if (reason.includes('quoted scalar')) {
    return "close the quote opened above; inside a single-quoted value write an apostrophe as two ('')";
  }
  if (reason.includes('flow collection')) return 'close the [ or { opened above, and separate its items with commas';
  if (reason.includes('unknown tag')) return 'remove the !tag: front matter holds plain text, numbers, lists and true/false only';
  if (reason.includes('bad indentation') || reason.includes('end of the stream')) {
    return 'check quotes and brackets are closed and nested fields are indented; quote values that contain ": " or start with [ { * & ! | > \' " % @ `';
  }
  return 'quote values that contain ": " or start with a special character, and close every quote and bracket';
}

/**
 * Where a front matter field is written: its key's line and the column its value starts at. Front
 * matter is flat, so a line scan finds top-level keys and one level of nesting (`source:` / `  url:`).
 */
export function locateField(split: SplitPost, path: readonly (string | number)[]): Position {
  const [top, nested] = path;
  const lines = split.frontMatterLines;
  let index = lines.findIndex((line) => keyPattern(String(top), '').test(line));
  if (index === -1) return { line: split.frontMatterStart, column: 1 };
  if (typeof nested === 'string') {
    const child = lines.findIndex((line, i) => i > index && keyPattern(nested, '\\s+').test(line));
    if (child !== -1) index = child;
  }
  const line = lines[index] ?? '';
  const colon = line.indexOf(':');
  const valueStart = colon + 1 + (line.slice(colon + 1).length - line.slice(colon + 1).trimStart().length);
  return { line: split.frontMatterStart + index, column: valueStart + 1 };
}

function keyPattern(key: string, indent: string): RegExp {
  return new RegExp(`^${indent}["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
}
