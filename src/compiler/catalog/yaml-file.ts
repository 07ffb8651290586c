/**
 * Reads catalog YAML and validates it with zod, reporting every problem at the line and column of the
 * value it concerns, like problems in posts.
 *
 * The catalog is our own data, so it is read with the `yaml` package's strict YAML 1.2 parser, which
 * keeps the position of every node.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Position, ProblemList } from '../problems.ts';

/** A parsed YAML file that can say where any value of it is written. */
export interface YamlFile {
  data: unknown;
  /** The position of the deepest node on the path that exists (a missing key points at its parent). */
  locate(path: readonly (string | number)[]): Position;
}

/** Parses one file's text; `null` (with the syntax errors reported) when it is not valid YAML. */
export function parseYamlFile(text: string, problems: ProblemList): YamlFile | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const position = lineCounter.linePos(error.pos[0]);
      problems.error(
        { line: position.line, column: position.col },
        `not valid YAML: ${error.message.split('\n')[0] ?? error.code}`,
        'check the indentation and that every quote and bracket is closed; quote values that contain ": "',
      );
    }
    return null;
  }
  const locate = (path: readonly (string | number)[]): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
        const position = lineCounter.linePos(Number(node.range[0]));
        return { line: position.line, column: position.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { data: doc.toJS(), locate };
}

/**
 * Validates one value of a file (an entry, usually) and reports each issue where it is written.
 * Returns `null` when the value is invalid, so the caller leaves that entry out and keeps the rest.
 */
export function validateAt<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: readonly (string | number)[],
  file: YamlFile,
  problems: ProblemList,
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...at, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    problems.error(file.locate(path), `${describePath(path)}: ${issue.message}`, fixFor(issue.code));
  }
  return null;
}

function describePath(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '') || 'the file';
}

function fixFor(code: string): string {
  switch (code) {
    case 'invalid_type':
      return 'give the field a value of the type named, or remove it if it is optional';
    case 'unrecognized_keys':
      return 'remove the field, or correct its spelling';
    case 'invalid_value':
      return 'use one of the values listed';
    default:
      return 'correct the value as described';
  }
}
