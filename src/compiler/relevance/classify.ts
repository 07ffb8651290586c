/**
 * Tells security news from the rest (docs/labeling.md, "relevant"): a logistic regression over the
 * post's features (features.ts), trained on the labelled corpus by `npm run train-relevance` and
 * shipped as data (relevance-model.json). The reason a reader sees is the features that weighed most
 * for the decision: the words, names or source that made it.
 */
import type { Features } from './features.ts';
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
  /** The strongest features for the decision, as a reader would say them ("ransomware", "a threat group"). */
  reasons: string[];
}

const SHIPPED = model as RelevanceModel;

/** The features' contribution to the decision, strongest first. */
function contributions(features: Features, relevantModel: RelevanceModel): [string, number][] {
  const out: [string, number][] = [];
  for (const [name, value] of features) {
    const weight = relevantModel.weights[name];
    if (weight !== undefined) out.push([name, weight * value]);
  }
  return out;
}

/** How a feature reads in a reason: the word itself, or its description. */
export function describeFeature(name: string): string {
  if (name.startsWith('t:')) return `“${name.slice(2)}” in the title`;
  if (name.startsWith('b:')) return `“${name.slice(2)}”`;
  if (name.startsWith('source:')) return `the source (${name.slice(7)})`;
  return name;
}

/** Classifies a post from its features. */
export function classifyRelevance(features: Features, relevanceModel: RelevanceModel = SHIPPED): Relevance {
  const parts = contributions(features, relevanceModel);
  let sum = relevanceModel.bias;
  for (const [, value] of parts) sum += value;
  const score = 1 / (1 + Math.exp(-sum));
  const relevant = score >= relevanceModel.threshold;
  const toward = parts.filter(([, value]) => (relevant ? value > 0 : value < 0)).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const reasons = toward.slice(0, 4).map(([name]) => describeFeature(name));
  if (!relevant && reasons.length === 0) reasons.push('no security words');
  return { relevant, score, reasons };
}
