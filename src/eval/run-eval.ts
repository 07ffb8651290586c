/**
 * `npm run eval`: measures what the compiler reads of posts against labels a person wrote by reading
 * them (docs/labeling.md): whether a post is security news, its language, and its entities and figures,
 * with precision, recall and F1 per field, for each label set and for all together. Each post goes
 * through the build's own path (`compileFile`): the relevance model decides, and an off-topic post
 * gets no entities, as in the explorer.
 *
 *   npm run eval                          every set (all but `default` need ../shared/corpus)
 *   npm run eval -- --set holdout-4       one set
 *   npm run eval -- --verbose             also every post's misses (-) and extras (+)
 *   npm run eval -- --gold-relevance      extract from the posts labelled relevant, whatever the model says
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog, type Catalog } from '../compiler/catalog/load-catalog.ts';
import { DEFAULT_CATALOG_DIR, DEFAULT_CONTENT_DIR } from '../compiler/content-config.ts';
import { createExtractor, type PostEntities } from '../compiler/extract/extract-post.ts';
import { NameMatcher } from '../compiler/extract/name-matcher.ts';
import { compileFile, type CompileContext } from '../compiler/post-record.ts';
import { loadLanguageDetector } from '../compiler/relevance/language.ts';
import { formatProblem } from '../compiler/problems.ts';
import { entityWordsOf } from '../compiler/relevance/entity-words.ts';
import { readLabels, readRelevanceLabels, type Label } from './labels.ts';
import { compareSets, emptyScore, figureKey, rates, type FieldScore } from './score.ts';

const LABEL_DIR = 'src/eval/labels';
const CORPUS = '../shared/corpus/posts';
const MORE = '../shared/corpus/more-posts';
// Sets labelled post by post, and the folder of their posts. The holdout sets were labelled by
// readers who never saw the extractor's output; each one's README records its blind first scores.
const SETS: Record<string, string> = {
  corpus: CORPUS,
  default: DEFAULT_CONTENT_DIR,
  holdout: CORPUS,
  'holdout-2': CORPUS,
  'holdout-3': CORPUS,
  'holdout-4': MORE,
  'holdout-5': MORE,
  'holdout-6': MORE,
  'holdout-7': MORE,
};
// Sets labelled for relevance and language only (one file each).
const RELEVANCE_SETS: Record<string, string> = {
  'relevance/corpus': CORPUS,
  'relevance/more-posts': MORE,
};
const FIELDS = ['actors', 'victim', 'origin', 'regions', 'platforms', 'malware', 'figures'] as const;
type Field = (typeof FIELDS)[number];
// The goals on posts nobody tuned on (the issue on trusting a real feed).
const GOALS: Partial<Record<Field | 'kind' | 'relevance', number>> = { relevance: 0.9, victim: 0.8, origin: 0.8, platforms: 0.8, figures: 0.9, kind: 0.85 };
const OFF_TOPIC_VALUES_GOAL = 0.2;

interface SetScore {
  fields: Record<Field, FieldScore>;
  relevance: FieldScore;
  languagesRight: number;
  languagesCompared: number;
  kindsRight: number;
  kindsCompared: number;
  posts: number;
  /** Posts labelled off-topic, and the facet values the explorer shows for them by default. */
  offTopic: number;
  offTopicValues: number;
}

const USAGE = `usage: npm run eval -- [--set <name>] [--verbose] [--gold-relevance]
  --set             one label set (${[...Object.keys(SETS), ...Object.keys(RELEVANCE_SETS)].join(', ')}); all of them when left out
  --verbose         also every post's misses (-) and extras (+)
  --gold-relevance  extract from the posts labelled relevant, whatever the relevance model says`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        set: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'gold-relevance': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // An unknown option or a missing value: say which, and how the command is used.
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { catalog, problems } = await loadCatalog(DEFAULT_CATALOG_DIR);
  for (const problem of problems.filter((p) => p.severity === 'error')) console.error(formatProblem(problem));
  await loadLanguageDetector();
  const context: CompileContext = { extract: createExtractor(catalog), entityWords: entityWordsOf(catalog), shardCount: 1 };
  const resolve = resolvers(catalog);
  const gold = values['gold-relevance'];

  const all = [...Object.keys(SETS), ...Object.keys(RELEVANCE_SETS)];
  const sets = values.set ? [values.set] : all;
  const total = newSetScore();
  for (const set of sets) {
    const postsDir = SETS[set] ?? RELEVANCE_SETS[set];
    if (!postsDir) {
      console.error(`unknown set "${set}": use ${all.join(', ')}`);
      return 2;
    }
    const labelPath = set in RELEVANCE_SETS ? path.join(LABEL_DIR, `${set}.yaml`) : path.join(LABEL_DIR, set);
    if (!existsSync(postsDir) || !existsSync(labelPath)) {
      console.log(`${set}: skipped, ${existsSync(postsDir) ? `no labels at ${labelPath}` : `${postsDir} is not here`}`);
      continue;
    }
    const score = newSetScore();
    const scores = set in RELEVANCE_SETS ? [score] : [score, total];
    const read = set in RELEVANCE_SETS ? await readRelevanceLabels(labelPath) : await readLabels(labelPath);
    for (const problem of read.problems) console.error(formatProblem(problem));
    for (const label of read.labels) {
      const file = path.join(postsDir, label.file);
      if (!existsSync(file)) {
        console.error(`${set}/${label.file}: the labelled post is not in ${postsDir}`);
        continue;
      }
      const goldRelevant = label.relevant ?? true;
      const compiled = compileFile(file, await readFile(file, 'utf8'), gold ? { ...context, relevantAnyway: goldRelevant } : context);
      const record = compiled.record;
      if (!record) {
        console.error(`${set}/${label.file}: the post does not compile`);
        continue;
      }
      const diff: string[] = [];
      for (const s of scores) {
        s.posts++;
        if (label.relevant !== undefined) compareSets(s.relevance, label.relevant ? ['relevant'] : [], record.relevance.relevant ? ['relevant'] : []);
        if (label.language !== undefined) {
          s.languagesCompared++;
          if (label.language === record.language) s.languagesRight++;
        }
      }
      if (label.relevant !== undefined && label.relevant !== record.relevance.relevant) {
        diff.push(`relevant: labelled ${label.relevant}, found ${record.relevance.relevant} (${record.relevance.reasons.join('; ')})`);
      }
      if (label.language !== undefined && label.language !== record.language) diff.push(`language: labelled ${label.language}, found ${record.language}`);
      if ('actors' in label) diff.push(...scorePost(label, compiled.found, resolve, scores));
      if (values.verbose && diff.length) console.log(`${set}/${label.file}\n${diff.map((line) => `  ${line}`).join('\n')}`);
    }
    printTable(`${set} (${score.posts} posts)`, score, set in RELEVANCE_SETS, await readFirstScores(labelPath, gold ? 'labelsRelevance' : 'model'));
  }
  if (sets.length > 1) printTable(`all post-by-post sets (${total.posts} posts)`, total, false);
  return 0;
}

function newSetScore(): SetScore {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, emptyScore()])) as Record<Field, FieldScore>;
  return { fields, relevance: emptyScore(), languagesRight: 0, languagesCompared: 0, kindsRight: 0, kindsCompared: 0, posts: 0, offTopic: 0, offTopicValues: 0 };
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
  if (label.relevant === false) {
    // What an off-topic post brings into the explorer's default view: every facet value it files.
    const values = found.actors.length + found.victims.length + found.origins.length + found.regions.length + found.platforms.length + found.malware.length;
    for (const score of scores) {
      score.offTopic++;
      score.offTopicValues += values;
    }
  }
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

/** A blind set's scores as first measured, before its errors were read, for one way of choosing the posts read. */
type FirstScores = Partial<Record<Field | 'kind' | 'relevance' | 'offTopicValuesPerPost', number>>;

/**
 * The first scores a blind set recorded (`first-scores.json` beside its labels: `model` with the
 * relevance model deciding, `labelsRelevance` with the labels'), or `null` when it has none.
 */
async function readFirstScores(labelPath: string, mode: 'model' | 'labelsRelevance'): Promise<FirstScores | null> {
  const file = path.join(labelPath, 'first-scores.json');
  if (!existsSync(file)) return null;
  const recorded = JSON.parse(await readFile(file, 'utf8')) as Partial<Record<'model' | 'labelsRelevance', FirstScores>>;
  return recorded[mode] ?? null;
}

function printTable(title: string, score: SetScore, relevanceOnly: boolean, first: FirstScores | null = null): void {
  const cell = (value: number | null) => (value === null ? '   -' : value.toFixed(2));
  // The blind first score beside the goal, so a later score reads against what unseen posts gave.
  const blind = (field: Field | 'kind' | 'relevance' | 'offTopicValuesPerPost') => {
    const value = first?.[field];
    return value === undefined ? '' : `  (blind first ${value.toFixed(2)})`;
  };
  const verdict = (field: Field | 'kind' | 'relevance', value: number | null) => {
    const target = GOALS[field];
    if (target === undefined) return '';
    // Nothing labelled and nothing found: no score, so no verdict.
    if (value === null) return `  goal ${target.toFixed(2)}: nothing to score`;
    return value >= target ? `  goal ${target.toFixed(2)} met` : `  goal ${target.toFixed(2)} NOT MET`;
  };
  const goal = (field: Field | 'kind' | 'relevance', value: number | null) => blind(field) + verdict(field, value);
  const line = (name: string, r: ReturnType<typeof rates>, field: Field | 'relevance') =>
    `${name.padEnd(12)} ${cell(r.precision).padStart(9)} ${cell(r.recall).padStart(7)} ${cell(r.f1).padStart(5)} ${String(r.truePositives).padStart(6)} ${String(r.falsePositives).padStart(4)} ${String(r.falseNegatives).padStart(4)}${goal(field, r.f1)}`;
  console.log(`\n${title}`);
  if (first) console.log("(blind first: the set's score when first measured, before its errors were read: first-scores.json beside its labels)");
  console.log('field        precision  recall    F1     tp   fp   fn');
  const relevance = rates(score.relevance);
  if (relevance.truePositives + relevance.falsePositives + relevance.falseNegatives > 0 || score.languagesCompared > 0) console.log(line('relevance', relevance, 'relevance'));
  if (score.languagesCompared) console.log(`language     accuracy ${cell(score.languagesRight / score.languagesCompared)} (${score.languagesRight}/${score.languagesCompared})`);
  if (relevanceOnly) return;
  for (const field of FIELDS) console.log(line(field, rates(score.fields[field]), field));
  const accuracy = score.kindsCompared ? score.kindsRight / score.kindsCompared : null;
  console.log(`figure kind  accuracy ${cell(accuracy)} (${score.kindsRight}/${score.kindsCompared})${goal('kind', accuracy)}`);
  if (score.offTopic) {
    const perPost = score.offTopicValues / score.offTopic;
    console.log(
      `off-topic    ${score.offTopicValues} facet values shown for ${score.offTopic} off-topic posts: ${perPost.toFixed(2)} a post` +
        `${blind('offTopicValuesPerPost')}  goal <= ${OFF_TOPIC_VALUES_GOAL.toFixed(2)} ${perPost <= OFF_TOPIC_VALUES_GOAL ? 'met' : 'NOT MET'}`,
    );
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
