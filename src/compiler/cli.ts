/**
 * The content compiler's command line:
 *   npm run compile -- [--content <dir>]... [--out <dir>] [--site-url <url>] [--drafts] [--strict]
 *   npm run export  -- [--content <dir>]... [--format json|csv|stix] [view flags] [--drafts] [--strict]
 * Problems go to stderr as `file:line:col severity: message. Fix: ...`, then the summary line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, defaultCacheDir } from './build.ts';
import { summaryLine, type Collection } from './collection.ts';
import { catalogDirFromEnv, contentDirsFromEnv, includeDraftsFromEnv } from './content-config.ts';
import { VIEW_FLAG_OPTIONS } from './export/export-view.ts';
import { compileForExport, EXPORT_FORMATS, type ExportFormat, exportView } from './export/run-export.ts';
import { feedSettings, FeedSettingsError } from './feeds/feed-settings.ts';
import { formatProblem } from './problems.ts';

const USAGE = `usage:
  npm run compile -- [--content <dir>]... [--catalog <dir>] [--out <dir>] [--site-url <url>] [--tag-authority <domain,year>]
                     [--drafts] [--strict] [--no-cache]
  npm run export  -- [--content <dir>]... [--catalog <dir>] [--format json|csv|stix] [--site-url <url>] [--drafts] [--strict]
                     [--actor <id>]... [--victim <ISO2>]... [--origin <ISO2>]... [--region <id>]... [--platform <id>]...
                     [--malware <id>]... [--source <id>]... [--language <code>]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                     [--q <search>] [--all]
  View flags mean what the explorer's URL parameters mean (docs/url-format.md): values of one flag are
  alternatives (repeat the flag or separate them with commas), different flags must all hold, and a
  leading - excludes a value (--platform=-windows). Exports hold security news only unless --all.
  --site-url (or SITE_URL) is the site's address: feeds then link absolutely, STIX reports link to posts.`;

const COMMON = {
  content: { type: 'string', multiple: true },
  catalog: { type: 'string' },
  'site-url': { type: 'string' },
  drafts: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'compile') return compile(rest);
  if (command === 'export') return exportPosts(rest);
  console.error(USAGE);
  return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
}

/** Runs `util.parseArgs`; an unknown option or a missing value is reported with the usage instead of thrown. */
function readArgs<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return null;
  }
}

async function compile(args: string[]): Promise<number> {
  const options = { ...COMMON, out: { type: 'string' }, 'tag-authority': { type: 'string' }, 'no-cache': { type: 'boolean', default: false } } as const;
  const parsed = readArgs(() => parseArgs({ args, options }));
  if (!parsed) return 2;
  const { values } = parsed;
  if (values.help) return usage();
  const feeds = settingsOrNull(() => feedSettings({ siteUrl: values['site-url'] ?? process.env.SITE_URL, tagAuthority: values['tag-authority'] ?? process.env.FEED_TAG_AUTHORITY }));
  if (!feeds) return 2;
  const out = path.resolve(values.out ?? 'dist/data');
  const { collection, elapsedMs, stats } = await build({
    contentDirs: values.content?.length ? values.content : contentDirsFromEnv(),
    catalogDir: values.catalog ?? catalogDirFromEnv(),
    includeDrafts: values.drafts || includeDraftsFromEnv(),
    outDir: out,
    cacheDir: values['no-cache'] ? null : defaultCacheDir(),
    feeds,
  });
  reportProblems(collection);
  console.log(`${summaryLine(collection)}; data written to ${path.relative(process.cwd(), out) || '.'} in ${(elapsedMs / 1000).toFixed(1)} s`);
  const stages = Object.entries(stats.stages).map(([stage, ms]) => `${stage} ${ms} ms`);
  console.log(`${stats.compiled} compiled, ${stats.files - stats.compiled} from the cache; search index ${stats.search}${stats.cacheNote ? ` (${stats.cacheNote})` : ''}; ${stages.join(', ')}`);
  if (!feeds.siteUrl) console.log('feeds link relative to their own address; set SITE_URL (or --site-url) to the site\'s address for absolute links');
  return values.strict && collection.problems.length > 0 ? 1 : 0;
}

async function exportPosts(args: string[]): Promise<number> {
  const options = { ...COMMON, ...VIEW_FLAG_OPTIONS, format: { type: 'string', default: 'json' } } as const;
  const parsed = readArgs(() => parseArgs({ args, options }));
  if (!parsed) return 2;
  const { values } = parsed;
  if (values.help) return usage();
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    console.error(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${values.format}"\n${USAGE}`);
    return 2;
  }
  const settings = settingsOrNull(() => feedSettings({ siteUrl: values['site-url'] ?? process.env.SITE_URL }));
  if (!settings) return 2;
  const source = await compileForExport({
    contentDirs: values.content?.length ? values.content : contentDirsFromEnv(),
    catalogDir: values.catalog ?? catalogDirFromEnv(),
    includeDrafts: values.drafts || includeDraftsFromEnv(),
    search: (values.q ?? '').trim() !== '',
  });
  const result = await exportView(source, { format: values.format as ExportFormat, flags: values, siteUrl: settings.siteUrl });
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(error);
    return 2;
  }
  // stdout carries the export only, so it can be piped; everything else goes to stderr.
  process.stdout.write(result.output);
  reportProblems(source.collection);
  for (const note of result.notes) console.error(note);
  console.error(`${summaryLine(source.collection)}; ${result.rows.length} exported`);
  return values.strict && source.collection.problems.length > 0 ? 1 : 0;
}

function settingsOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FeedSettingsError)) throw error;
    console.error(error.message);
    return null;
  }
}

function usage(): number {
  console.error(USAGE);
  return 0;
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
