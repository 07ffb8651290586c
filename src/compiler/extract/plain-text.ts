/**
 * The text the extractor reads: a post's title and body as plain sentences, with everything it must
 * never extract from taken out (URLs, image addresses, code, the source line, which the compiler has
 * already removed from the body).
 *
 * It reads the sanitized HTML rather than the Markdown, so raw Blogger HTML and Markdown come out alike
 * and link text is kept while the link's address is not.
 */
import { Parser } from 'htmlparser2';
import { tokenize, type Token } from './name-matcher.ts';

/** One sentence of a post. `paragraph` counts from 0 (the title is paragraph 0). */
export interface Sentence {
  text: string;
  paragraph: number;
}

const tokenCache = new WeakMap<Sentence, Token[]>();

/** A sentence's words, split once however many matchers read it. */
export function sentenceTokens(sentence: Sentence): Token[] {
  let tokens = tokenCache.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text);
    tokenCache.set(sentence, tokens);
  }
  return tokens;
}

// Elements whose content is not prose: code, and what the sanitizer may keep around tables of code.
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th',
  'table', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'caption',
]);

// Addresses written as text: real and defanged schemes, www. hosts. Replaced by a space so the words
// on either side stay apart.
const URL_IN_TEXT = /\b(?:h[tx]{2}ps?|ftp|s?ftp)(?:\[:\]|:)\/\/\S+|\bwww\d?\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*/gi;

/** The paragraphs of sanitized post HTML as plain text, without code and without addresses. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    const text = current.replace(URL_IN_TEXT, ' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs;
}

// A sentence ends at . ! or ? (and any closing quotes or brackets) before white space and a capital,
// a digit or an opening quote. A regular expression rather than Intl.Segmenter: the same breaks on
// news prose, several times faster on 30,000 posts (npm run bench).
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
// Abbreviations that end in a dot without ending the sentence ("the U.S. Treasury", "Mr. Smith").
// US state abbreviations in news style ("Trenton, N.J.", "a Calif. hospital") too.
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Inc|Ltd|Corp|Co|Jr|Sr|vs|No|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|Fig|Rs|Rp|Nos|Vol|Ref|Art|Sec|e\.g|i\.e|Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Kan|Ky|Md|Mass|Mich|Minn|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|[A-Z])\.)$/;

/** Splits a paragraph into sentences, keeping abbreviations such as "U.S." inside their sentence. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION_END.test(paragraph.slice(Math.max(start, end - 12), end))) continue;
    const text = paragraph.slice(start, end).trim();
    if (text) sentences.push(text);
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * Whether a sentence is written in title case ("US Charges Russian Nationals Over Evil Corp Hacking
 * Attacks"), where capitals say nothing about names.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((word) => word.length > 3);
  return long.length >= 3 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.7;
}

/** A post as sentences: the title first (paragraph 0), then the body's paragraphs (`htmlToParagraphs`). */
export function postSentences(title: string, bodyParagraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = [title.replace(URL_IN_TEXT, ' ').trim(), ...bodyParagraphs];
  paragraphs.forEach((paragraph, index) => {
    for (const text of splitSentences(paragraph)) sentences.push({ text, paragraph: index });
  });
  return sentences;
}
