/**
 * Tells security news from the rest (docs/labeling.md, "relevant"): a logistic regression over the
 * post's features (features.ts), trained on labelled posts by `npm run train-relevance` and shipped
 * as data (relevance-model.json). The reason a reader sees is the features that weighed most for the
 * decision: the words, names or source that made it.
 */
import type { TermStats } from '../search/post-terms.ts';
import { type EntityWords, type Features, otherFeatures, wordFeatures } from './features.ts';
import model from './relevance-model.json' with { type: 'json' };

/** A trained model: a weight per feature, the bias, and the probability from which a post is relevant. */
export interface RelevanceModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/** The decision and what made it. */
export interface Relevance {
  relevant: boolean;
  /** The model's probability that the post is security news. */
  score: number;
  /** The strongest features for the decision, as a reader would say them ("“ransomware”", "a threat group"). */
  reasons: string[];
}

/** A model ready to score: word weights by bare word, so scoring builds no feature names. */
interface ReadyModel {
  model: RelevanceModel;
  title: Map<string, number>;
  body: Map<string, number>;
  other: Map<string, number>;
}

function ready(relevanceModel: RelevanceModel): ReadyModel {
  const title = new Map<string, number>();
  const body = new Map<string, number>();
  const other = new Map<string, number>();
  for (const [name, weight] of Object.entries(relevanceModel.weights)) {
    if (name.startsWith('t:')) title.set(name.slice(2), weight);
    else if (name.startsWith('b:')) body.set(name.slice(2), weight);
    else other.set(name, weight);
  }
  return { model: relevanceModel, title, body, other };
}

const SHIPPED = ready(model as RelevanceModel);

/** How a feature reads in a reason: the word itself, or its description. */
export function describeFeature(name: string): string {
  if (name.startsWith('t:')) return `“${name.slice(2)}” in the title`;
  if (name.startsWith('b:')) return `“${name.slice(2)}”`;
  if (name.startsWith('source:')) return `the source (${name.slice(7)})`;
  return name;
}

function decide(parts: [string, number][], bias: number, threshold: number): Relevance {
  let sum = bias;
  for (const [, value] of parts) sum += value;
  const score = 1 / (1 + Math.exp(-sum));
  const relevant = score >= threshold;
  const toward = parts.filter(([, value]) => (relevant ? value > 0 : value < 0)).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const reasons = toward.slice(0, 4).map(([name]) => describeFeature(name));
  if (!relevant && reasons.length === 0) reasons.push('no security words');
  return { relevant, score, reasons };
}

/** Classifies a post from its counted words, as `classifyFeatures(postFeatures(...))` would, without spelling out every feature. */
export function classifyRelevance(stats: TermStats, entityWords: EntityWords | null, source: string | null): Relevance {
  const { model: shipped, title, body, other } = SHIPPED;
  const parts: [string, number][] = [];
  wordFeatures(stats, (term, inTitle, inBody) => {
    const titleWeight = inTitle ? title.get(term) : undefined;
    if (titleWeight !== undefined) parts.push([`t:${term}`, titleWeight]);
    const bodyWeight = inBody ? body.get(term) : undefined;
    if (bodyWeight !== undefined) parts.push([`b:${term}`, bodyWeight]);
  });
  for (const [name, value] of otherFeatures(stats, entityWords, source)) {
    const weight = other.get(name);
    if (weight !== undefined) parts.push([name, weight * value]);
  }
  return decide(parts, shipped.bias, shipped.threshold);
}

/** Classifies a post from its spelled-out features, with any model (training and tests). */
export function classifyFeatures(features: Features, relevanceModel: RelevanceModel = SHIPPED.model): Relevance {
  const parts: [string, number][] = [];
  for (const [name, value] of features) {
    const weight = relevanceModel.weights[name];
    if (weight !== undefined) parts.push([name, weight * value]);
  }
  return decide(parts, relevanceModel.bias, relevanceModel.threshold);
}
