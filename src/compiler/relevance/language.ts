/**
 * The language a post is written in, as an ISO 639-1 code (`und` when it cannot be told: a title
 * alone, or too few words), detected by tinyld from the title and the start of the body.
 */
import { detect } from 'tinyld';

// Enough text to tell a language apart; more only costs time.
const SAMPLE = 1_500;
const MIN_LETTERS = 40;
// The languages news feeds are written in. Offered every language it knows, the detector reads
// lists of product names or code as Klingon, Latin or Berber.
const LANGUAGES = (
  'en es pt fr de it nl sv no da fi pl cs sk hu ro bg el ru uk sr hr sl lt lv et tr ar fa he hi bn ur ' +
  'id ms tl vi th zh ja ko'
).split(' ');

/** The post's language code: from the body, since titles are often English over other text; `und` for a title alone. */
export function detectLanguage(_title: string, paragraphs: readonly string[]): string {
  const sample = paragraphs.join(' ').slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return 'und';
  return detect(sample, { only: LANGUAGES }) || 'und';
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
