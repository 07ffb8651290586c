/**
 * The content compiler's command line:
 *   npm run compile -- [--content <dir>]... [--out <dir>] [--drafts] [--strict]
 *   npm run export  -- [--content <dir>]... [--format json|csv] [--drafts] [--strict]
 * Problems go to stderr as `file:line:col severity: message. Fix: ...`, then the summary line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, defaultCacheDir } from './build.ts';
import { summaryLine, type Collection } from './collection.ts';
import { catalogDirFromEnv, contentDirsFromEnv, includeDraftsFromEnv } from './content-config.ts';
import { exportRecords, toCsv } from './export-records.ts';
import { formatProblem } from './problems.ts';

const USAGE = `usage:
  npm run compile -- [--content <dir>]... [--catalog <dir>] [--out <dir>] [--drafts] [--strict] [--no-cache]
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
      'no-cache': { type: 'boolean', default: false },
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
  const out = command === 'compile' ? path.resolve(values.out ?? 'dist/data') : null;
  const { collection, elapsedMs, stats } = await build({
    contentDirs,
    catalogDir: values.catalog ?? catalogDirFromEnv(),
    includeDrafts: values.drafts || includeDraftsFromEnv(),
    outDir: out,
    cacheDir: values['no-cache'] ? null : defaultCacheDir(),
  });

  if (out) {
    reportProblems(collection);
    console.log(`${summaryLine(collection)}; data written to ${path.relative(process.cwd(), out) || '.'} in ${(elapsedMs / 1000).toFixed(1)} s`);
    const stages = Object.entries(stats.stages).map(([stage, ms]) => `${stage} ${ms} ms`);
    console.log(`${stats.compiled} compiled, ${stats.files - stats.compiled} from the cache; search index ${stats.search}${stats.cacheNote ? ` (${stats.cacheNote})` : ''}; ${stages.join(', ')}`);
  } else {
    // stdout carries the records only, so it can be piped; everything else goes to stderr.
    const records = exportRecords(collection);
    process.stdout.write(values.format === 'csv' ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`);
    reportProblems(collection);
    console.error(summaryLine(collection));
  }
  return values.strict && collection.problems.length > 0 ? 1 : 0;
}

function reportProblems(collection: Collection): void {
  for (const problem of collection.problems) console.error(formatProblem(problem));
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
