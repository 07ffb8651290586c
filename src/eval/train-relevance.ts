/**
 * `npm run train-relevance`: trains the relevance model (src/compiler/relevance) on the posts
 * labelled for relevance (src/eval/labels/relevance: the shared corpus, rich in security news, and a
 * uniform sample of more-posts, as poor in it as a real feed) and writes
 * src/compiler/relevance/relevance-model.json. A logistic regression with an L2 penalty; the
 * penalty and the decision threshold are chosen by five-fold cross-validation, the threshold for
 * the best F1 on the uniform sample, since that is what a real feed looks like. Deterministic: the
 * same labels give the same model.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { loadCatalog } from '../compiler/catalog/load-catalog.ts';
import { compilePost } from '../compiler/compile-post.ts';
import { DEFAULT_CATALOG_DIR } from '../compiler/content-config.ts';
import { entityWordsOf } from '../compiler/relevance/entity-words.ts';
import { type Features, postFeatures } from '../compiler/relevance/features.ts';
import type { RelevanceModel } from '../compiler/relevance/classify.ts';
import { termStats } from '../compiler/search/post-terms.ts';
import { slugify } from '../compiler/slug.ts';
import { random } from '../bench/measure.ts';
import { readLabels } from './labels.ts';

// Label files (or folders of post-by-post labels) and the folders of their posts. holdout-4 and
// holdout-5 had their blind scores taken and their errors read, so they are training material now;
// the sets still blind are never read here.
const SETS = [
  { labels: 'src/eval/labels/relevance/corpus.yaml', posts: '../shared/corpus/posts', uniform: false },
  { labels: 'src/eval/labels/relevance/more-posts.yaml', posts: '../shared/corpus/more-posts', uniform: true },
  { labels: 'src/eval/labels/holdout-4', posts: '../shared/corpus/more-posts', uniform: true },
  { labels: 'src/eval/labels/holdout-5', posts: '../shared/corpus/more-posts', uniform: false },
];
const MODEL = 'src/compiler/relevance/relevance-model.json';
// Words in fewer posts than this are noise to a model trained on two thousand posts.
const MIN_DOCUMENTS = 3;
const PENALTIES = [0.3, 1, 3, 10];
const EPOCHS = 200;

interface Example {
  file: string;
  title: string;
  features: Features;
  relevant: boolean;
  /** From the uniform sample (a real feed's mix). */
  uniform: boolean;
}

async function examples(): Promise<Example[]> {
  const { catalog } = await loadCatalog(DEFAULT_CATALOG_DIR);
  const entityWords = entityWordsOf(catalog);
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const set of SETS) {
    const labels = set.labels.endsWith('.yaml') ? (load(await readFile(set.labels, 'utf8')) as { file: string; relevant: boolean }[]) : await relevanceOf(set.labels);
    for (const label of labels) {
      if (seen.has(label.file)) continue;
      seen.add(label.file);
      const { post } = compilePost(label.file, await readFile(path.join(set.posts, label.file), 'utf8'));
      if (!post) continue;
      const source = post.source ? slugify(post.source.name) || null : null;
      out.push({ file: label.file, title: post.title, features: postFeatures(termStats(post.title, post.text), entityWords, source), relevant: label.relevant, uniform: set.uniform });
    }
  }
  return out;
}

/** The relevance of a folder of post-by-post labels (those that say it). */
async function relevanceOf(dir: string): Promise<{ file: string; relevant: boolean }[]> {
  const { labels, problems } = await readLabels(dir);
  if (problems.length) throw new Error(`${dir}: ${problems.length} label files are invalid; run npm run eval -- --set ${path.basename(dir)} to see them`);
  return labels.flatMap((label) => (label.relevant === undefined ? [] : [{ file: label.file, relevant: label.relevant }]));
}

/** Feature names present in at least MIN_DOCUMENTS examples (the described features always). */
function vocabulary(train: readonly Example[]): string[] {
  const counts = new Map<string, number>();
  for (const example of train) for (const name of example.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([name, count]) => count >= MIN_DOCUMENTS || !/^(?:t|b|source):/.test(name)).map(([name]) => name).sort();
}

/** Full-batch gradient descent with Adam on the mean log loss plus `penalty / n` times the squared weights. */
function fit(train: readonly Example[], penalty: number): RelevanceModel {
  const names = vocabulary(train);
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = train.map((example) => ({ cols: [...example.features].flatMap(([name, value]) => (index.has(name) ? [[index.get(name) ?? 0, value] as const] : [])), y: example.relevant ? 1 : 0 }));
  const weights = new Float64Array(names.length);
  let bias = 0;
  const m = new Float64Array(names.length + 1);
  const v = new Float64Array(names.length + 1);
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const gradient = new Float64Array(names.length + 1);
    for (const row of rows) {
      let sum = bias;
      for (const [col, value] of row.cols) sum += (weights[col] ?? 0) * value;
      const error = 1 / (1 + Math.exp(-sum)) - row.y;
      for (const [col, value] of row.cols) gradient[col] = (gradient[col] ?? 0) + error * value;
      gradient[names.length] = (gradient[names.length] ?? 0) + error;
    }
    for (let i = 0; i <= names.length; i++) {
      const g = (gradient[i] ?? 0) / rows.length + (i < names.length ? (penalty * (weights[i] ?? 0)) / rows.length : 0);
      m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
      v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
      const step = (rate * ((m[i] ?? 0) / (1 - 0.9 ** epoch))) / (Math.sqrt((v[i] ?? 0) / (1 - 0.999 ** epoch)) + 1e-8);
      if (i < names.length) weights[i] = (weights[i] ?? 0) - step;
      else bias -= step;
    }
  }
  const kept: Record<string, number> = {};
  names.forEach((name, i) => {
    const weight = weights[i] ?? 0;
    if (Math.abs(weight) >= 0.01) kept[name] = Number(weight.toFixed(3));
  });
  return { bias: Number(bias.toFixed(3)), threshold: 0.5, weights: kept };
}

function probability(model: RelevanceModel, features: Features): number {
  let sum = model.bias;
  for (const [name, value] of features) sum += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-sum));
}

function f1At(scored: readonly { p: number; relevant: boolean }[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, relevant } of scored) {
    if (p >= threshold && relevant) tp++;
    else if (p >= threshold) fp++;
    else if (relevant) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, fp, fn };
}

async function main(): Promise<void> {
  for (const set of SETS) if (!existsSync(set.posts)) throw new Error(`${set.posts} is not here: training needs the labelled posts`);
  const all = await examples();
  // Folds by a seeded shuffle, so the figures are the same every run.
  const order = all.map((_, i) => i);
  const rand = random(7);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  const folds = 5;
  let best = { penalty: PENALTIES[0] ?? 1, threshold: 0.5, f1: -1, precision: 0, recall: 0, fp: 0, fn: 0, corpus: 0 };
  const describe = (r: { precision: number; recall: number; f1: number }) => `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, F1 ${r.f1.toFixed(3)}`;
  for (const penalty of PENALTIES) {
    const scored: { p: number; relevant: boolean; uniform: boolean; example: Example }[] = [];
    for (let fold = 0; fold < folds; fold++) {
      const test = order.filter((_, k) => k % folds === fold).map((k) => all[k] as Example);
      const train = order.filter((_, k) => k % folds !== fold).map((k) => all[k] as Example);
      const model = fit(train, penalty);
      for (const example of test) scored.push({ p: probability(model, example.features), relevant: example.relevant, uniform: example.uniform, example });
    }
    const uniform = scored.filter((item) => item.uniform);
    const corpus = scored.filter((item) => !item.uniform);
    for (let threshold = 0.2; threshold <= 0.9001; threshold += 0.05) {
      const result = f1At(uniform, threshold);
      if (result.f1 > best.f1) best = { penalty, threshold: Number(threshold.toFixed(2)), ...result, corpus: f1At(corpus, threshold).f1 };
    }
    console.log(`penalty ${penalty}, threshold 0.5: uniform sample ${describe(f1At(uniform, 0.5))}; corpus ${describe(f1At(corpus, 0.5))}`);
    if (process.argv.includes('--verbose') && penalty === 1) {
      for (const item of scored) {
        if ((item.p >= 0.5) !== item.relevant) console.log(`  ${item.relevant ? 'missed' : 'extra '} ${item.p.toFixed(2)} ${item.uniform ? 'U' : 'C'} ${item.example.title.slice(0, 90)}`);
      }
    }
  }
  console.log(
    `chosen: penalty ${best.penalty}, threshold ${best.threshold}: cross-validated on the uniform sample ${describe(best)} ` +
      `(${best.fp} off-topic posts taken for security news, ${best.fn} security posts missed); corpus F1 ${best.corpus.toFixed(3)}`,
  );
  const model = { ...fit(all, best.penalty), threshold: best.threshold };
  await writeFile(MODEL, `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`);
  const strongest = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  console.log(`wrote ${MODEL}: ${Object.keys(model.weights).length} weights; strongest for: ${strongest.slice(0, 12).map(([n, w]) => `${n} ${w}`).join(', ')}`);
  console.log(`strongest against: ${strongest.slice(-12).map(([n, w]) => `${n} ${w}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
