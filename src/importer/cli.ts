/**
 * The feed importer's command line:
 *   npm run import -- <feed file or folder>... [--out <dir>] [--strict]
 * Problems go to stderr as `file:line:col severity: message. Fix: ...`, then the summary line to stdout.
 * Input is files only: nothing is fetched from the network.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirsFromEnv } from '../compiler/content-config.ts';
import { ImportError, formatImportProblem, importFeeds, importSummary } from './import-feeds.ts';

const USAGE = `usage: npm run import -- <feed.xml | folder of feeds or Blogger exports>... [--out <dir>] [--strict]
  --out     the posts folder to write to (default: the first CONTENT_DIR folder, or public/content/posts)
  --strict  exit non-zero on any problem, even a warning`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // Several CONTENT_DIR folders may be compiled together; new posts go to the first.
  const contentDirs = contentDirsFromEnv();
  const outDir = values.out ?? contentDirs[0] ?? 'public/content/posts';

  let result;
  try {
    result = await importFeeds({ inputs: positionals, outDir });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`error: ${error.message}`);
    return 2;
  }
  for (const problem of result.problems) console.error(formatImportProblem(problem));
  const relative = path.relative(process.cwd(), path.resolve(outDir));
  console.log(`${importSummary(result)} (posts folder: ${relative.startsWith('..') ? path.resolve(outDir) : relative || '.'})`);
  if (result.written.length > 0 && !contentDirs.some((dir) => isInside(path.resolve(outDir), path.resolve(dir)))) {
    console.error(`note: ${outDir} is not a content folder, so these posts are not compiled; run with CONTENT_DIR=${outDir} to read them`);
  }
  if (result.failedFeeds > 0) return 1;
  return values.strict && result.problems.length > 0 ? 1 : 0;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
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
