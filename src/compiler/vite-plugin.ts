/**
 * The Vite plugin that puts compiled content under the site's `data/` path: emitted as files by
 * `vite build`, served from memory by `vite` (dev), where an edited post is recompiled on its own and
 * open pages refetch their data without a reload.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DATA_CHANGED_EVENT, DATA_DIR } from '../model/format/data-version.ts';
import { ContentCompiler, summaryLine, type Compilation } from './compile.ts';
import { catalogDirFromEnv, contentDirsFromEnv, includeDraftsFromEnv } from './content-config.ts';
import { buildDataFiles, type DataFiles, writeDataFiles } from './data-files.ts';
import { formatProblem } from './problems.ts';


/** Options for the content plugin; each defaults to the environment (CONTENT_DIR, DRAFTS). */
export interface ContentPluginOptions {
  contentDirs?: string[];
  includeDrafts?: boolean;
  catalogDir?: string;
}

/** Compiles content into the app's data files, in dev and in production builds. */
export function sitrepContent(options: ContentPluginOptions = {}): Plugin {
  const contentDirs = options.contentDirs ?? contentDirsFromEnv();
  const catalogDir = options.catalogDir ?? catalogDirFromEnv();
  const compiler = new ContentCompiler({ contentDirs, catalogDir, includeDrafts: options.includeDrafts ?? includeDraftsFromEnv() });
  let files: DataFiles = new Map();
  let reported = new Set<string>();
  let command: 'build' | 'serve' = 'serve';

  async function recompile(log: (message: string) => void): Promise<void> {
    const compilation = await compiler.compile();
    files = buildDataFiles(compilation);
    reported = reportNewProblems(compilation, reported, log);
  }

  return {
    name: 'sitrep-content',

    configResolved(config) {
      command = config.command;
    },

    async buildStart() {
      // The dev server compiles in configureServer and keeps the result up to date itself.
      if (command !== 'build') return;
      await recompile((message) => this.info(message));
    },

    generateBundle(_options, bundle) {
      // Static hosts (GitHub Pages and the like) answer unknown paths with 404.html: the app then
      // routes the deep link itself.
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },

    // Data files are written here rather than emitted as assets: a collection has one file per post,
    // and Vite would list tens of thousands of them.
    async writeBundle(outputOptions) {
      const out = path.join(outputOptions.dir ?? 'dist', DATA_DIR);
      await writeDataFiles(files, out);
      this.info(`${files.size} data files written to ${path.relative(process.cwd(), out)}`);
    },

    async configureServer(server) {
      const log = (message: string) => server.config.logger.info(message);
      await recompile(log);
      server.middlewares.use(`${server.config.base}${DATA_DIR}/`, (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const text = files.get(name);
        if (text === undefined) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(text);
      });
      watchContent(server, [...contentDirs, catalogDir], async () => {
        await recompile(log);
        server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT });
      });
    },
  };
}

function watchContent(server: ViteDevServer, dirs: string[], onChange: () => Promise<void>): void {
  const roots = dirs.map((dir) => path.resolve(dir) + path.sep);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = (file: string) => {
    if (!/\.(?:md|ya?ml)$/i.test(file) || !roots.some((root) => file.startsWith(root))) return;
    // Editors write a file in several steps; compile once they are done.
    clearTimeout(pending);
    pending = setTimeout(() => void onChange().catch((error: unknown) => server.config.logger.error(String(error))), 50);
  };
  server.watcher.add(dirs.map((dir) => path.resolve(dir)));
  server.watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
}

/** Logs problems not logged before, then the summary; returns what has now been logged. */
function reportNewProblems(compilation: Compilation, before: Set<string>, log: (message: string) => void): Set<string> {
  const now = new Set(compilation.problems.map(formatProblem));
  for (const message of now) if (!before.has(message)) log(message);
  log(`sitrep: ${summaryLine(compilation)}`);
  return now;
}
