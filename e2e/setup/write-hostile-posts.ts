/**
 * Writes the hostile-markup posts (one per vector of e2e/fixtures/xss-vectors.ts) into a folder, for
 * the `hostile` build of e2e/playwright.config.ts: `tsx e2e/setup/write-hostile-posts.ts <folder>`.
 * Only its own files (`xss-*.md`) are replaced, so a wrong folder loses nothing else.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hostilePost } from '../fixtures/hostile-posts.ts';
import { XSS_VECTORS } from '../fixtures/xss-vectors.ts';

const out = path.resolve(process.argv[2] ?? 'e2e/.output/hostile-posts');
await mkdir(out, { recursive: true });
for (const name of await readdir(out)) if (/^xss-.*\.md$/.test(name)) await rm(path.join(out, name));
const posts = XSS_VECTORS.map(hostilePost);
for (const post of posts) await writeFile(path.join(out, post.fileName), post.text);
console.log(`${posts.length} hostile posts written to ${path.relative(process.cwd(), out)}`);
