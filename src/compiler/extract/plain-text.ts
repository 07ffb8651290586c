/**
 * The text the extractor reads: a post's title and body as plain sentences, with everything it must
 * never extract from taken out (URLs, image addresses, code, the source line, which the compiler has
 * already removed from the body).
 *
 * It reads the sanitized HTML rather than the Markdown, so raw Blogger HTML and Markdown come out alike
 * and link text is kept while the link's address is not.
 */
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

// How an HTML parser (htmlparser2, which the sanitizer runs) closes elements the markup leaves open:
// an opening tag closes these elements when they are the innermost one; void elements have no content.
const PARAGRAPH = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const OPENING_CLOSES = new Map<string, readonly string[]>([
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['a', ['a']], ['li', ['li']], ['p', PARAGRAPH],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']], ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (tag) => [tag, PARAGRAPH] as [string, readonly string[]],
  ),
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const ENTITY = /&(?:amp|lt|gt|quot);/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The paragraphs of sanitized post HTML as plain text, without code and without addresses.
 *
 * Reads only what the sanitizer writes (renderPostHtml): lower-case tags with quoted, escaped
 * attributes, no comments, and text escaped with `&amp;`, `&lt;` and `&gt;` alone. So a scan for
 * `<` and `>` reads it, several times faster than a second HTML parse, with the parser's rules for
 * closing elements kept so the text splits where that parse split it.
 */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  const open: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    if (!current) return;
    const text = withoutAddresses(current).replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const closed = (name: string) => {
    if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
    else if (BLOCKS.has(name)) flush();
  };
  const opened = (name: string) => {
    const closes = OPENING_CLOSES.get(name);
    if (closes) while (open.length > 0 && closes.includes(open[open.length - 1] ?? '')) closed(open.pop() ?? '');
    if (SKIPPED.has(name)) skipDepth++;
    else if (BLOCKS.has(name)) flush();
    if (VOID.has(name)) closed(name);
    else open.push(name);
  };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at && skipDepth === 0) {
      const text = html.slice(at, textEnd);
      current += text.includes('&') ? text.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity) : text;
    }
    if (lt === -1) break;
    const gt = html.indexOf('>', lt);
    if (gt === -1) break;
    at = gt + 1;
    const closing = html.charCodeAt(lt + 1) === 47; // '/'
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < gt) {
      const code = html.charCodeAt(nameEnd);
      if (code === 32 || code === 47 || (code >= 9 && code <= 13)) break;
      nameEnd++;
    }
    const name = html.slice(lt + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (!closing) {
      opened(name);
    } else if (VOID.has(name)) {
      // `</br>` is read as `<br>`; other void elements' end tags as nothing.
      if (name === 'br') opened(name);
    } else {
      const index = open.lastIndexOf(name);
      if (index !== -1) {
        while (open.length > index) closed(open.pop() ?? '');
      } else if (name === 'p') {
        // A `</p>` without its `<p>` is an empty paragraph.
        opened(name);
        closed(open.pop() ?? '');
      }
    }
  }
  for (let index = open.length - 1; index >= 0; index--) closed(open[index] ?? '');
  flush();
  return paragraphs;
}

/** A text without the addresses written in it; most paragraphs hold none, and skip the expression. */
function withoutAddresses(text: string): string {
  return text.includes('/') || /www/i.test(text) ? text.replace(URL_IN_TEXT, ' ') : text;
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
