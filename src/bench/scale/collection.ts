/**
 * A large collection for the scale bench, made from the posts at hand: every generated post is a real
 * post (front matter, Blogger HTML, mojibake and all) with a new date, a varied title, about 3% of its
 * words swapped for words of a large Zipf vocabulary (so the vocabulary keeps growing with the
 * collection, as news vocabulary does), and now and then a paragraph of another post, so that entities
 * mix across posts instead of repeating in fixed copies. Seeded: the same size gives the same files.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { random } from '../measure.ts';

/** Where generated collections are kept between runs (an ignored folder). */
export const SCALE_CACHE_DIR = 'node_modules/.cache/sitrep-bench';

const STAMP_FILE = '.collection.json';
const GENERATOR_VERSION = 2;
// Posts are spread over these years, the span a real feed archive of this size covers.
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 30);
const OFFSETS = ['+00:00', '+01:00', '+02:00', '-05:00', '-04:00', '+05:30', '+08:00', '+09:00', '-07:00'];

/** Draws 0..count-1 with probability proportional to 1 / (rank + 1): a few words common, most rare. */
export function zipf(count: number, rand: () => number): () => number {
  const total = Math.log(count) + 0.5772;
  return () => Math.min(count - 1, Math.floor(Math.exp(rand() * total - 0.5772)));
}

interface BasePost {
  name: string;
  frontMatter: string[];
  title: string | null;
  body: string;
}

/** Every post file under `dir` (recursively), read once. */
async function readBasePosts(dir: string): Promise<BasePost[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const posts: BasePost[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(?:md|markdown|txt)$/i.test(entry.name)) continue;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) continue;
    let title: string | null = null;
    try {
      const data = load(match[1] ?? '') as { title?: unknown } | null;
      if (data && (typeof data.title === 'string' || typeof data.title === 'number')) title = String(data.title);
    } catch {
      // A post whose front matter does not parse is copied as it is: the compiler must report it.
    }
    posts.push({ name: entry.name, frontMatter: (match[1] ?? '').split(/\r?\n/), title, body: match[2] ?? '' });
  }
  return posts.sort((a, b) => a.name.localeCompare(b.name));
}

/** The front matter without its `title:` and `date:` fields (a wrapped title's continuation lines too). */
function withoutTitleAndDate(lines: string[]): string[] {
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    if (/^(?:title|date)\s*:/.test(line)) {
      skipping = true;
      continue;
    }
    // A continuation line of a wrapped value starts neither a new key nor a list item at the top.
    if (skipping && !/^[\w"'-]+\s*:/.test(line)) continue;
    skipping = false;
    kept.push(line);
  }
  return kept;
}

function isoDate(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  const local = new Date(ms + sign * ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'post';
}

/** What a generated collection was made from: a folder is reused only when this matches. */
interface CollectionStamp {
  version: number;
  posts: number;
  source: string;
  baseCount: number;
}

/**
 * Makes (or reuses) a collection of `count` posts under `SCALE_CACHE_DIR`, from the posts in
 * `sourceDir`, and returns its folder. Posts sit in one folder per year, as archives often do.
 */
export async function makeCollection(sourceDir: string, count: number, log: (line: string) => void): Promise<string> {
  const base = await readBasePosts(sourceDir);
  if (base.length === 0) throw new Error(`no posts in ${sourceDir} to make a collection from`);
  const dir = path.resolve(SCALE_CACHE_DIR, `collection-${count}`);
  const stamp: CollectionStamp = { version: GENERATOR_VERSION, posts: count, source: path.resolve(sourceDir), baseCount: base.length };
  const stampFile = path.join(dir, STAMP_FILE);
  if (existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === JSON.stringify(stamp)) return dir;

  log(`making ${count.toLocaleString('en')} posts from ${base.length} in ${sourceDir} ...`);
  await rm(dir, { recursive: true, force: true });
  const rand = random(20_261_207);
  const word = zipf(400_000, rand);
  const perturb = (text: string) => text.replace(/\b[a-z]{4,}\b/g, (w) => (rand() < 0.03 ? `w${word().toString(36)}` : w));
  const titles = base.map((post) => post.title).filter((title): title is string => title !== null);
  const years = new Set<number>();
  let batch: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const post = base[i < base.length ? i : Math.floor(rand() * base.length)];
    if (!post) continue;
    const ms = FIRST_DAY + Math.floor(rand() * (LAST_DAY - FIRST_DAY));
    const offset = OFFSETS[Math.floor(rand() * OFFSETS.length)] ?? '+00:00';
    const date = isoDate(ms, offset);
    const year = Number(date.slice(0, 4));
    if (!years.has(year)) {
      years.add(year);
      await mkdir(path.join(dir, String(year)), { recursive: true });
    }
    let text: string;
    if (post.title === null) {
      text = `---\n${post.frontMatter.join('\n')}\n---\n${post.body}`;
    } else {
      // The first copy of a post keeps its title; later ones borrow two words of another title.
      const other = (titles[Math.floor(rand() * titles.length)] ?? '').split(/\s+/).filter((w) => w.length > 3);
      const start = Math.floor(rand() * Math.max(1, other.length - 1));
      const title = i < base.length || other.length < 2 ? post.title : `${perturb(post.title)}: ${other.slice(start, start + 2).join(' ')}`;
      const extra = rand() < 0.3 ? `\n\n${firstParagraph(base[Math.floor(rand() * base.length)]?.body ?? '')}\n` : '';
      const body = i < base.length ? post.body : perturb(post.body) + extra;
      const frontMatter = [`title: '${title.replace(/\s+/g, ' ').replace(/'/g, "''")}'`, `date: ${date}`, ...withoutTitleAndDate(post.frontMatter)];
      text = `---\n${frontMatter.join('\n')}\n---\n${body}`;
    }
    const name = `${date.slice(0, 10)}-${slugOf(post.title ?? post.name)}-${i}${path.extname(post.name)}`;
    batch.push(writeFile(path.join(dir, String(year), name), text));
    // Bounded: a few hundred writes in flight, whatever the collection's size.
    if (batch.length >= 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  await writeFile(stampFile, JSON.stringify(stamp));
  return dir;
}

/** The first paragraph of a body that has some text in it, or nothing. */
function firstParagraph(body: string): string {
  for (const paragraph of body.split(/\n\s*\n/)) {
    if (paragraph.replace(/<[^>]*>/g, '').trim().length > 80) return paragraph.trim();
  }
  return '';
}
