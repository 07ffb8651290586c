/**
 * Tells security news from the rest (docs/labeling.md, "relevant"): a logistic regression over the
 * post's features (features.ts), trained on labelled posts by `npm run train-relevance` and shipped
 * as data (relevance-model.json). The reason a reader sees is the features that weighed most for the
 * decision: the words, names or source that made it.
 */
import type { TermStats } from '../search/post-terms.ts';
import { type EntityWords, type Features, isWordFeature, otherFeatures } from './features.ts';
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

/** A word's weights in the title and in the body. */
interface WordWeights {
  title: number | undefined;
  body: number | undefined;
}

/**
 * A model ready to score: word weights by bare word, one lookup for both places, so scoring builds
 * no feature names. Words that are never features (`wordFeatures`) are left out.
 */
interface ReadyModel {
  model: RelevanceModel;
  words: Map<string, WordWeights>;
  other: Map<string, number>;
}

function ready(relevanceModel: RelevanceModel): ReadyModel {
  const words = new Map<string, WordWeights>();
  const other = new Map<string, number>();
  for (const [name, weight] of Object.entries(relevanceModel.weights)) {
    const place = name.startsWith('t:') ? 'title' : name.startsWith('b:') ? 'body' : null;
    if (!place) {
      other.set(name, weight);
      continue;
    }
    const word = name.slice(2);
    if (!isWordFeature(word)) continue;
    let weights = words.get(word);
    if (!weights) words.set(word, (weights = { title: undefined, body: undefined }));
    weights[place] = weight;
  }
  return { model: relevanceModel, words, other };
}

const SHIPPED = ready(model as RelevanceModel);

/** How a feature reads in a reason: the word itself, or its description. */
export function describeFeature(name: string): string {
  if (name.startsWith('t:')) return `“${name.slice(2)}” in the title`;
  if (name.startsWith('b:')) return `“${name.slice(2)}”`;
  if (name.startsWith('source:')) return `the source (${name.slice(7)})`;
  return name;
}

/** Visits each part of a decision: a feature's weighted value, and its name as a prefix and a word. */
type Parts = (visit: (value: number, prefix: string, word: string) => void) => void;

const MAX_REASONS = 4;

/** The strongest features toward a decision, strongest first and ties by name; only these are named. */
class Reasons {
  readonly names: string[] = [];
  private readonly strengths: number[] = [];

  constructor(private readonly relevant: boolean) {}

  offer(value: number, prefix: string, word: string): void {
    if (this.relevant ? !(value > 0) : !(value < 0)) return;
    const strength = Math.abs(value);
    const { names, strengths } = this;
    if (names.length === MAX_REASONS && strength < (strengths[MAX_REASONS - 1] ?? 0)) return;
    const name = prefix + word;
    let at = names.length;
    for (; at > 0; at--) {
      const before = strengths[at - 1] ?? 0;
      if (strength < before || (strength === before && name > (names[at - 1] ?? ''))) break;
    }
    if (at === MAX_REASONS) return;
    names.splice(at, 0, name);
    strengths.splice(at, 0, strength);
    if (names.length > MAX_REASONS) {
      names.pop();
      strengths.pop();
    }
  }
}

/** Sums the parts in their order, then names the strongest toward the decision. */
function decide(parts: Parts, bias: number, threshold: number): Relevance {
  let sum = bias;
  parts((value) => {
    sum += value;
  });
  const score = 1 / (1 + Math.exp(-sum));
  const relevant = score >= threshold;
  const toward = new Reasons(relevant);
  parts((value, prefix, word) => toward.offer(value, prefix, word));
  const reasons = toward.names.map(describeFeature);
  if (!relevant && reasons.length === 0) reasons.push('no security words');
  return { relevant, score, reasons };
}

/** Classifies a post from its counted words, as `classifyFeatures(postFeatures(...))` would, without spelling out every feature. */
export function classifyRelevance(stats: TermStats, entityWords: EntityWords | null, source: string | null): Relevance {
  const { model: shipped, words, other } = SHIPPED;
  // The word features `wordFeatures` gives, in its order, then the others; looked up once.
  const values: number[] = [];
  const prefixes: string[] = [];
  const names: string[] = [];
  const add = (value: number, prefix: string, name: string) => {
    values.push(value);
    prefixes.push(prefix);
    names.push(name);
  };
  for (const [term, entry] of stats.terms) {
    const weights = words.get(term);
    if (weights === undefined) continue;
    if (entry.title > 0 && weights.title !== undefined) add(weights.title, 't:', term);
    if (entry.body > 0 && weights.body !== undefined) add(weights.body, 'b:', term);
  }
  for (const [name, value] of otherFeatures(stats, entityWords, source)) {
    const weight = other.get(name);
    if (weight !== undefined) add(weight * value, '', name);
  }
  const parts: Parts = (visit) => {
    for (let i = 0; i < values.length; i++) visit(values[i] ?? 0, prefixes[i] ?? '', names[i] ?? '');
  };
  return decide(parts, shipped.bias, shipped.threshold);
}

/** Classifies a post from its spelled-out features, with any model (training and tests). */
export function classifyFeatures(features: Features, relevanceModel: RelevanceModel = SHIPPED.model): Relevance {
  const parts: Parts = (visit) => {
    for (const [name, value] of features) {
      const weight = relevanceModel.weights[name];
      if (weight !== undefined) visit(weight * value, '', name);
    }
  };
  return decide(parts, relevanceModel.bias, relevanceModel.threshold);
}
