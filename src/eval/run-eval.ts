/**
 * `npm run eval`: measures the extractor against the labels (docs/labeling.md) and prints precision,
 * recall and F1 per field, for each label set and for all together.
 *
 *   npm run eval                  every set (all but `default` need ../shared/corpus/posts)
 *   npm run eval -- --set default one set
 *   npm run eval -- --verbose     also every post's misses (-) and extras (+)
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog, type Catalog } from '../compiler/catalog/load-catalog.ts';
import { compilePost } from '../compiler/compile-post.ts';
import { DEFAULT_CATALOG_DIR, DEFAULT_CONTENT_DIR } from '../compiler/content-config.ts';
import { createExtractor, type PostEntities } from '../compiler/extract/extract-post.ts';
import { NameMatcher } from '../compiler/extract/name-matcher.ts';
import { formatProblem } from '../compiler/problems.ts';
import { readLabels, type Label } from './labels.ts';
import { compareSets, emptyScore, figureKey, rates, type FieldScore } from './score.ts';

const LABEL_DIR = 'src/eval/labels';
// The holdout sets are labelled like `corpus` by readers who never saw the extractor's output. Each
// set's README records its blind first scores; its errors were read only after them.
const SETS: Record<string, string> = {
  corpus: '../shared/corpus/posts',
  default: DEFAULT_CONTENT_DIR,
  holdout: '../shared/corpus/posts',
  'holdout-2': '../shared/corpus/posts',
  'holdout-3': '../shared/corpus/posts',
};
const FIELDS = ['actors', 'victim', 'origin', 'regions', 'platforms', 'malware', 'figures'] as const;
type Field = (typeof FIELDS)[number];
// The goals the extractor is held to (issue: entity extraction).
const GOALS: Partial<Record<Field | 'kind', number>> = { actors: 0.9, victim: 0.85, origin: 0.85, platforms: 0.85, figures: 0.9, kind: 0.8 };

interface SetScore {
  fields: Record<Field, FieldScore>;
  kindsRight: number;
  kindsCompared: number;
  posts: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { set: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const { catalog, problems } = await loadCatalog(DEFAULT_CATALOG_DIR);
  for (const problem of problems.filter((p) => p.severity === 'error')) console.error(formatProblem(problem));
  const extract = createExtractor(catalog);
  const resolve = resolvers(catalog);

  const sets = values.set ? [values.set] : Object.keys(SETS);
  const total = newSetScore();
  for (const set of sets) {
    const postsDir = SETS[set];
    if (!postsDir) {
      console.error(`unknown set "${set}": use ${Object.keys(SETS).join(' or ')}`);
      return 2;
    }
    if (!existsSync(postsDir) || !existsSync(path.join(LABEL_DIR, set))) {
      console.log(`${set}: skipped, ${existsSync(postsDir) ? `no labels in ${LABEL_DIR}/${set}` : `${postsDir} is not here`}`);
      continue;
    }
    const { labels, problems: labelProblems } = await readLabels(path.join(LABEL_DIR, set));
    for (const problem of labelProblems) console.error(formatProblem(problem));
    const score = newSetScore();
    for (const label of labels) {
      const file = path.join(postsDir, label.file);
      if (!existsSync(file)) {
        console.error(`${set}/${label.file}: the labelled post is not in ${postsDir}`);
        continue;
      }
      const post = compilePost(file, await readFile(file, 'utf8')).post;
      if (!post) {
        console.error(`${set}/${label.file}: the post does not compile`);
        continue;
      }
      const found = extract({ title: post.title, paragraphs: post.text, day: post.date.day });
      const diff = scorePost(label, found, resolve, [score, total]);
      if (values.verbose && diff.length) console.log(`${set}/${label.file}\n${diff.map((line) => `  ${line}`).join('\n')}`);
    }
    printTable(`${set} (${score.posts} posts)`, score);
  }
  if (sets.length > 1) printTable(`all (${total.posts} posts)`, total);
  return 0;
}

function newSetScore(): SetScore {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, emptyScore()])) as Record<Field, FieldScore>;
  return { fields, kindsRight: 0, kindsCompared: 0, posts: 0 };
}

type Resolve = Record<'actors' | 'platforms' | 'malware' | 'regions', (name: string) => string>;

/** Label names to catalog ids, folding aliases; a name the catalog lacks stays as `?name` (a miss). */
function resolvers(catalog: Catalog): Resolve {
  const byWholeName = <T extends { id: string; names: { name: string; exact: boolean; ambiguous: boolean }[] }>(entries: T[]) => {
    const matcher = new NameMatcher(entries.map((entry) => ({ value: entry.id, names: entry.names.map((name) => ({ ...name, exact: false })) })));
    return (name: string) => {
      const match = matcher.find(name)[0];
      return match && match.start === 0 && match.end === name.length ? match.value : `?${name}`;
    };
  };
  return {
    actors: byWholeName(catalog.actors),
    platforms: byWholeName(catalog.platforms),
    malware: byWholeName(catalog.malware),
    regions: byWholeName(catalog.regions),
  };
}

function scorePost(label: Label, found: PostEntities, resolve: Resolve, scores: SetScore[]): string[] {
  const expected: Record<Field, string[]> = {
    actors: label.actors.map(resolve.actors),
    victim: label.victim,
    origin: label.origin,
    regions: label.regions.map(resolve.regions),
    platforms: label.platforms.map(resolve.platforms),
    malware: label.malware.map(resolve.malware),
    figures: label.figures.map((figure) => figureKey(figure.amount, figure.currency)),
  };
  const got: Record<Field, string[]> = {
    actors: found.actors,
    victim: found.victims,
    origin: found.origins,
    regions: found.namedRegions,
    platforms: found.platforms,
    malware: found.malware,
    figures: found.figures.map((figure) => figureKey(figure.amount, figure.currency)),
  };
  const lines: string[] = [];
  for (const score of scores) score.posts++;
  for (const field of FIELDS) {
    let diff = { missed: [] as string[], extra: [] as string[] };
    for (const score of scores) diff = compareSets(score.fields[field], expected[field], got[field]);
    if (diff.missed.length || diff.extra.length) {
      lines.push(`${field}: ${[...diff.missed.map((v) => `-${v}`), ...diff.extra.map((v) => `+${v}`)].join(' ')}`);
    }
  }
  const foundKinds = new Map(found.figures.map((figure) => [figureKey(figure.amount, figure.currency), figure.kind]));
  for (const figure of label.figures) {
    const kind = foundKinds.get(figureKey(figure.amount, figure.currency));
    if (kind === undefined) continue;
    for (const score of scores) {
      score.kindsCompared++;
      if (kind === figure.kind) score.kindsRight++;
    }
    if (kind !== figure.kind) lines.push(`kind: ${figureKey(figure.amount, figure.currency)} is ${figure.kind}, found ${kind}`);
  }
  return lines;
}

function printTable(title: string, score: SetScore): void {
  const cell = (value: number | null) => (value === null ? '   -' : value.toFixed(2));
  const goal = (field: Field | 'kind', value: number | null) => {
    const target = GOALS[field];
    if (target === undefined) return '';
    // Nothing labelled and nothing found: no score, so no verdict.
    if (value === null) return `  goal ${target.toFixed(2)}: nothing to score`;
    return value >= target ? `  goal ${target.toFixed(2)} met` : `  goal ${target.toFixed(2)} NOT MET`;
  };
  console.log(`\n${title}`);
  console.log('field        precision  recall    F1     tp   fp   fn');
  for (const field of FIELDS) {
    const r = rates(score.fields[field]);
    console.log(
      `${field.padEnd(12)} ${cell(r.precision).padStart(9)} ${cell(r.recall).padStart(7)} ${cell(r.f1).padStart(5)} ${String(r.truePositives).padStart(6)} ${String(r.falsePositives).padStart(4)} ${String(r.falseNegatives).padStart(4)}${goal(field, r.f1)}`,
    );
  }
  const accuracy = score.kindsCompared ? score.kindsRight / score.kindsCompared : null;
  console.log(`figure kind  accuracy ${cell(accuracy)} (${score.kindsRight}/${score.kindsCompared})${goal('kind', accuracy)}`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
