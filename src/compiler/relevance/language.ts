/**
 * The language a post is written in, as an ISO 639-1 code (`und` when it cannot be told: a title
 * alone, or too few words). Most posts of an English-reading analyst's feeds are in English, and
 * English prose is recognised by its function words, which the index's tokenizer already counts;
 * every other post goes to ELD (the `eld` package), a fast n-gram detector.
 */

// Enough text to tell a language apart; more only costs time.
const SAMPLE = 400;
const MIN_LETTERS = 40;
// English prose is a third or more function words ("the", "of", "and"); other languages' text,
// read with the English list, a few percent.
const ENGLISH_SHARE = 0.25;
const ENGLISH_WORDS = 30;
// The languages news feeds are written in. Offered every language it knows, a detector reads lists
// of product names or code as Latin or Berber.
const LANGUAGES = (
  'en es pt fr de it nl sv no da fi pl cs sk hu ro bg el ru uk sr hr sl lt lv et tr ar fa he hi bn ur ' +
  'id ms tl vi th zh ja ko'
).split(' ');

interface Detector {
  detect(text: string): { language: string };
}
let detector: Detector | null = null;

/**
 * Loads ELD's n-gram tables, once per thread, before the first `detectLanguage`. Loaded on demand
 * because they cost memory (about 50 MB per thread): a build's main thread, which leaves compiling
 * to its workers, never loads them. The extra-small tables tell our languages apart as well as the
 * small ones on every labelled set, at two thirds of their memory.
 */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  const { eld } = await import('eld/extrasmall');
  eld.setLanguageSubset(LANGUAGES);
  detector = eld;
}

/** The body's words and how many of them are English function words (`TermStats`). */
export interface WordCounts {
  words: number;
  englishFunctionWords: number;
}

/** The post's language code: from the body, since titles are often English over other text; `und` for a title alone. */
export function detectLanguage(paragraphs: readonly string[], counts: WordCounts): string {
  if (counts.words >= ENGLISH_WORDS && counts.englishFunctionWords / counts.words >= ENGLISH_SHARE) return 'en';
  const sample = paragraphs.join(' ').slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return 'und';
  if (!detector) throw new Error('detectLanguage needs the detector: await loadLanguageDetector() first');
  return detector.detect(sample).language || 'und';
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code's English name ("Spanish"); "Unknown language" for `und`. */
export function languageName(code: string): string {
  if (code === 'und') return 'Unknown language';
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
