/**
 * The content compiler's command line:
 *   npm run compile -- [--content <dir>]... [--out <dir>] [--drafts] [--strict]
 *   npm run export  -- [--content <dir>]... [--format json|csv] [--drafts] [--strict]
 * Problems go to stderr as `file:line:col severity: message. Fix: ...`, then the summary line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileContent, summaryLine, type Compilation } from './compile.ts';
import { catalogDirFromEnv, contentDirsFromEnv, includeDraftsFromEnv } from './content-config.ts';
import { buildDataFiles, writeDataFiles } from './data-files.ts';
import { exportRecords, toCsv } from './export-records.ts';
import { formatProblem } from './problems.ts';

const USAGE = `usage:
  npm run compile -- [--content <dir>]... [--catalog <dir>] [--out <dir>] [--drafts] [--strict]
  npm run export  -- [--content <dir>]... [--catalog <dir>] [--format json|csv] [--drafts] [--strict]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      content: { type: 'string', multiple: true },
      catalog: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'json' },
      drafts: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || (command !== 'compile' && command !== 'export')) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.format !== 'json' && values.format !== 'csv') {
    console.error(`--format must be json or csv, not "${values.format}"\n${USAGE}`);
    return 2;
  }

  const contentDirs = values.content?.length ? values.content : contentDirsFromEnv();
  const compilation = await compileContent({
    contentDirs,
    catalogDir: values.catalog ?? catalogDirFromEnv(),
    includeDrafts: values.drafts || includeDraftsFromEnv(),
  });

  if (command === 'compile') {
    const out = path.resolve(values.out ?? 'dist/data');
    await writeDataFiles(buildDataFiles(compilation), out);
    reportProblems(compilation);
    console.log(`${summaryLine(compilation)}; data written to ${path.relative(process.cwd(), out) || '.'}`);
  } else {
    // stdout carries the records only, so it can be piped; everything else goes to stderr.
    const records = exportRecords(compilation);
    process.stdout.write(values.format === 'csv' ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`);
    reportProblems(compilation);
    console.error(summaryLine(compilation));
  }
  return values.strict && compilation.problems.length > 0 ? 1 : 0;
}

function reportProblems(compilation: Compilation): void {
  for (const problem of compilation.problems) console.error(formatProblem(problem));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
