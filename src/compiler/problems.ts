/**
 * Problems found while compiling content. Every problem names where (file:line:col), what, and how to
 * fix it; the compiler collects them all and reports them together instead of stopping at the first.
 */

/** `error`: the post (or catalog entry) is left out. `warning`: it is kept, with something fixed or assumed. */
export type Severity = 'error' | 'warning';

/** One problem at one place. Lines and columns start at 1. */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** A position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** `public/content/posts/x.md:3:8 error: title must be text, got a list. Fix: write the title as one quoted line.` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.severity}: ${problem.message}. Fix: ${problem.fix}`;
}

/** Collects problems for one file, so call sites only say what and where. */
export class ProblemList {
  readonly items: Problem[] = [];

  constructor(readonly file: string) {}

  error(at: Position, message: string, fix: string): void {
    this.items.push({ severity: 'error', file: this.file, ...at, message, fix });
  }

  warning(at: Position, message: string, fix: string): void {
    this.items.push({ severity: 'warning', file: this.file, ...at, message, fix });
  }

  get hasErrors(): boolean {
    return this.items.some((problem) => problem.severity === 'error');
  }
}

/** Converts a 0-based character offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
