/**
 * The Vite plugin that puts compiled content under the site's `data/` path. `vite build` compiles
 * into `<outDir>/data`, which it keeps between builds (so unchanged posts keep their files and a
 * rebuild writes only what changed) while it clears the rest of the output as Vite would. `vite`
 * (dev) compiles into a folder of the build cache and serves it; an edited post is recompiled on its
 * own and open pages refetch their data without a reload.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { ATOM_MEDIA_TYPE, feedFiles } from '../model/export/feed-paths.ts';
import { DATA_CHANGED_EVENT, DATA_DIR } from '../model/format/data-version.ts';
import { build, type BuildResult, defaultCacheDir } from './build.ts';
import { summaryLine } from './collection.ts';
import { catalogDirFromEnv, contentDirsFromEnv, includeDraftsFromEnv } from './content-config.ts';
import { type FeedSettings, feedSettingsFromEnv } from './feeds/feed-settings.ts';
import { formatProblem } from './problems.ts';

/**
 * Options for the content plugin; each defaults to the environment (CONTENT_DIR, CATALOG_DIR, DRAFTS,
 * and SITE_URL with FEED_TAG_AUTHORITY for the feeds).
 */
export interface ContentPluginOptions {
  contentDirs?: string[];
  includeDrafts?: boolean;
  catalogDir?: string;
  feeds?: FeedSettings;
}

/** Content types of the data files the dev server serves, by extension. */
const DATA_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.atom': `${ATOM_MEDIA_TYPE}; charset=utf-8`,
};

/** Where `npm run dev` keeps its compiled data. */
const DEV_DATA_DIR = 'node_modules/.cache/sitrep/dev-data';

/** Compiles content into the app's data files, in dev and in production builds. */
export function sitrepContent(options: ContentPluginOptions = {}): Plugin {
  const contentDirs = options.contentDirs ?? contentDirsFromEnv();
  const catalogDir = options.catalogDir ?? catalogDirFromEnv();
  const includeDrafts = options.includeDrafts ?? includeDraftsFromEnv();
  let config: ResolvedConfig | undefined;
  // What Vite would have emptied: everything (`emptyOutDir: true`), all but the data (the default), or nothing.
  let clearing: 'all' | 'app' | 'none' = 'app';
  let compiled: Promise<BuildResult> | undefined;
  let reported = new Set<string>();
  let feeds = options.feeds;

  const compile = (outDir: string) => build({ contentDirs, catalogDir, includeDrafts, outDir, cacheDir: defaultCacheDir(), ...(feeds ? { feeds } : {}) });
  const report = (result: BuildResult, log: (message: string) => void) => {
    const now = new Set(result.collection.problems.map(formatProblem));
    for (const message of now) if (!reported.has(message)) log(message);
    reported = now;
    const { files, compiled, search, cacheNote } = result.stats;
    log(
      `sitrep: ${summaryLine(result.collection)}; compiled in ${Math.round(result.elapsedMs)} ms ` +
        `(${compiled} compiled, ${files - compiled} from the cache, search index ${search}${cacheNote ? `; ${cacheNote}` : ''})`,
    );
  };

  return {
    name: 'sitrep-content',

    // The data folder survives builds, so the plugin clears the output itself (buildStart), before it
    // starts compiling into it, instead of Vite, which would clear it while the compile is writing.
    config(userConfig) {
      const asked = userConfig.build?.emptyOutDir;
      clearing = asked === true ? 'all' : asked === false ? 'none' : 'app';
      return { build: { emptyOutDir: false } };
    },

    configResolved(resolved) {
      config = resolved;
      // Checked before anything compiles: a SITE_URL the feeds cannot use stops the build with the fix.
      feeds ??= feedSettingsFromEnv(process.env, resolved.base);
    },

    // Feed readers and browsers find the collection's feed from any page (an entity page adds its own).
    transformIndexHtml() {
      const tag: HtmlTagDescriptor = {
        tag: 'link',
        attrs: { rel: 'alternate', type: ATOM_MEDIA_TYPE, title: 'Sitrep: security news', href: `${config?.base ?? '/'}${DATA_DIR}/${feedFiles.all}` },
        injectTo: 'head',
      };
      return [tag];
    },

    async buildStart() {
      if (!config || config.command !== 'build') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      if (clearing !== 'none') await clearOutput(outDir, clearing === 'all' ? null : DATA_DIR, config.root);
      // Compiling runs on worker threads while Vite bundles the app; writeBundle waits for it.
      compiled = compile(path.join(outDir, DATA_DIR));
      compiled.catch(() => undefined);
    },

    async writeBundle() {
      if (!compiled) return;
      report(await compiled, (message) => this.info(message));
    },

    async configureServer(server) {
      const log = (message: string) => server.config.logger.info(message);
      const dataDir = path.resolve(server.config.root, DEV_DATA_DIR);
      report(await compile(dataDir), log);
      server.middlewares.use(`${server.config.base}${DATA_DIR}/`, (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const file = path.join(dataDir, name);
        const type = DATA_TYPES[path.extname(name)];
        if (!type || !file.startsWith(dataDir + path.sep)) return next();
        readFile(file).then(
          (text) => {
            response.setHeader('content-type', type);
            response.setHeader('cache-control', 'no-store');
            response.end(text);
          },
          () => next(),
        );
      });
      watchContent(server, [...contentDirs, catalogDir], async () => {
        report(await compile(dataDir), log);
        server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT });
      });
    },
  };
}

/**
 * Clears the output folder as Vite's emptyOutDir does (only inside the project, as Vite), keeping
 * `keep` when given.
 */
async function clearOutput(outDir: string, keep: string | null, root: string): Promise<void> {
  if (!existsSync(outDir) || path.relative(root, outDir).startsWith('..')) return;
  for (const entry of await readdir(outDir)) {
    if (entry === keep) continue;
    await rm(path.join(outDir, entry), { recursive: true, force: true });
  }
}

function watchContent(server: ViteDevServer, dirs: string[], onChange: () => Promise<void>): void {
  const roots = dirs.map((dir) => path.resolve(dir) + path.sep);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  const schedule = (file: string) => {
    if (!/\.(?:md|markdown|txt|ya?ml)$/i.test(file) || !roots.some((root) => file.startsWith(root))) return;
    // Editors write a file in several steps; compile once they are done, one build at a time.
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(onChange).catch((error: unknown) => server.config.logger.error(String(error)));
    }, 50);
  };
  server.watcher.add(dirs.map((dir) => path.resolve(dir)));
  server.watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
}
