import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, indexTokens, isStopword, MAX_TOKEN_LENGTH, queryTokens, stem, type Token, type TokenKind, tokenize } from './tokens.ts';

const terms = (text: string) => indexTokens(text).map((token) => token.term);

describe('tokenize', () => {
  it('lower-cases, folds diacritics and compatibility forms', () => {
    expect(terms('Café Ünïcode ﬁle ŁÓDŹ')).toEqual(['cafe', 'unicode', 'file', 'łodz']);
    expect(foldText('Cafe\u0301')).toBe('cafe');
  });

  it('keeps decomposed accents inside their word', () => {
    expect(terms('re\u0301sume\u0301 tool')).toEqual(['resume', 'tool']);
  });

  it('leaves out stopwords and lone letters but counts their positions', () => {
    const tokens = indexTokens('The attack on a bank');
    expect(tokens.map((token) => [token.term, token.position])).toEqual([
      ['attack', 1],
      ['bank', 4],
    ]);
  });

  it('keeps identifiers searchable as written and by their parts', () => {
    const tokens = indexTokens('Exploits of CVE-2021-44228 and APT38');
    expect(tokens.map((token) => [token.term, token.kind])).toEqual([
      ['exploit', 'word'],
      ['cve-2021-44228', 'whole'],
      ['cve', 'part'],
      ['2021', 'part'],
      ['44228', 'part'],
      ['apt38', 'word'],
    ]);
    // The whole shares its first part's position, and the next word follows the last part.
    expect(tokens.map((token) => token.position)).toEqual([0, 2, 2, 3, 4, 6]);
  });

  it('reads amounts such as 4.8m as one identifier', () => {
    expect(queryTokens('$4.8m stolen').map((token) => token.term)).toEqual(['4.8m', 'stolen']);
  });

  it('reads letter-only compounds joined by - or _ as their words', () => {
    expect(terms('state-sponsored e-mail snake_case')).toEqual(['state', 'sponsored', 'mail', 'snake', 'case']);
  });

  it('reads names joined by dots (domains) whole and by their parts', () => {
    expect(terms('TEMP.Hermit at update-check.example')).toEqual(['temp.hermit', 'temp', 'hermit', 'update-check.example', 'update', 'check', 'example']);
    expect(queryTokens('update-check.example').map((token) => token.term)).toEqual(['update-check.example']);
  });

  it('joins dotted abbreviations and drops possessives and apostrophes', () => {
    expect(terms("The U.S. Treasury's list, Lazarus’s tools, don't")).toEqual(['us', 'treasury', 'list', 'lazarus', 'tool', 'dont']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Über-großer Angriff';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Über', 'großer', 'Angriff']);
  });

  it('reads what analysts paste as one word each: hashes, IPs, CVE ids', () => {
    const sha512 = 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';
    expect(terms(`hash ${sha512} seen`)).toEqual(['hash', sha512, 'seen']);
    expect(queryTokens(`${sha512.toUpperCase()} 185.220.101.4 CVE-2021-44228`).map((token) => token.term)).toEqual([
      sha512,
      '185.220.101.4',
      'cve-2021-44228',
    ]);
  });

  it(`leaves words over ${MAX_TOKEN_LENGTH} characters out of the index, but asks for them in a query`, () => {
    const blob = 'QUJD'.repeat(65);
    const limit = 'a1'.repeat(MAX_TOKEN_LENGTH / 2);
    expect(terms(`encoded ${blob} and ${limit} seen`)).toEqual(['encoded', limit, 'seen']);
    const asked = queryTokens(`encoded ${blob}`);
    expect(asked.map((token) => [token.term, token.long])).toEqual([
      ['encoded', false],
      [blob.toLowerCase(), true],
    ]);
    // Positions still count the long word, so a phrase never spans it.
    expect(indexTokens(`payload ${blob} decoded`).map((token) => token.position)).toEqual([0, 2]);
  });

  it('reads letters of other scripts', () => {
    expect(terms('Хакеры атаковали банк')).toEqual(['хакеры', 'атаковали', 'банк']);
  });
});

describe('queryTokens', () => {
  it('asks for an identifier, not its parts', () => {
    expect(queryTokens('cve-2021-44228').map((token) => token.term)).toEqual(['cve-2021-44228']);
  });

  it('is empty for stopwords and punctuation', () => {
    expect(queryTokens('the, of -- a!')).toEqual([]);
    expect(queryTokens('')).toEqual([]);
  });
});

describe('stem', () => {
  it('folds regular plurals onto their singular', () => {
    const pairs: [string, string][] = [
      ['attacks', 'attack'],
      ['hospitals', 'hospital'],
      ['agencies', 'agencies'],
      ['viruses', 'virus'],
      ['breaches', 'breach'],
      ['addresses', 'address'],
      ['cases', 'case'],
      ['cookies', 'cookie'],
      ['boxes', 'box'],
      ['aliases', 'alias'],
    ];
    for (const [plural, singular] of pairs) expect(stem(plural), plural).toBe(stem(singular));
    expect(stem('agencies')).toBe('agency');
  });

  it('leaves words that only look plural', () => {
    for (const word of ['news', 'virus', 'address', 'analysis', 'windows', 'macos', 'ddos', 'gas']) expect(stem(word)).toBe(word);
    expect(stem('news')).not.toBe(stem('new'));
  });

  it('leaves verb forms and identifiers apart', () => {
    expect(stem('hacking')).toBe('hacking');
    expect(stem('hacked')).toBe('hacked');
    expect(stem('apt38s')).toBe('apt38s');
  });

  it('is idempotent, so highlighting a stem finds what it stems from', () => {
    for (const word of ['attacks', 'agencies', 'viruses', 'cookies', 'cases', 'analyses', 'breaches']) {
      expect(stem(stem(word))).toBe(stem(word));
    }
  });
});

/** The tokenizer as first written, one regular expression match per word: what `tokenize` must still give. */
function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const read = (raw: string) => {
    const folded = foldText(raw);
    return /['\u2019]/.test(folded) ? folded.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '') : folded;
  };
  const push = (raw: string, start: number, kind: TokenKind, word: string, pos: number) => {
    if (!word) return;
    const long = word.length > MAX_TOKEN_LENGTH;
    const stop = long || (kind !== 'whole' && isStopword(word));
    tokens.push({ word, term: kind === 'whole' ? word : stem(word), start, end: start + raw.length, position: pos, kind, stop, long });
  };
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:[-._'\u2019][\p{L}\p{N}\p{M}]+)*/gu)) {
    const raw = match[0];
    const start = match.index;
    if (!/[-._]/.test(raw)) {
      push(raw, start, 'word', read(raw), position++);
      continue;
    }
    const pieces: { raw: string; start: number }[] = [];
    let from = 0;
    for (const joiner of raw.matchAll(/[-._]/g)) {
      pieces.push({ raw: raw.slice(from, joiner.index), start: start + from });
      from = joiner.index + 1;
    }
    pieces.push({ raw: raw.slice(from), start: start + from });
    const words = pieces.map((piece) => read(piece.raw));
    if (/^(?:\p{L}\.)+\p{L}$/u.test(raw)) {
      push(raw, start, 'word', words.join(''), position++);
    } else if (/\p{N}/u.test(raw) || raw.includes('.')) {
      push(raw, start, 'whole', read(raw), position);
      pieces.forEach((piece, i) => push(piece.raw, piece.start, 'part', words[i] ?? '', position + i));
      position += pieces.length;
    } else {
      pieces.forEach((piece, i) => push(piece.raw, piece.start, 'word', words[i] ?? '', position + i));
      position += pieces.length;
    }
  }
  return tokens;
}

describe('tokenize against its first reading', () => {
  it('gives the same tokens on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ' ', '\n', '-', '.', '_', "'", '\u2019', '--', '..', 'U.S.', 'e.g.', 'CVE-2021-44228', '4.8m', '185.220.101.4', 'node.js', "Lazarus's",
        'don\u2019t', 'attacks', 'agencies', 'viruses', 'cookies', 'Windows', 'The', 'of', 'a', 'I', '7', 'Café', 'e\u0301', '\u0301', 'ﬁle', 'ŁÓDŹ',
        'Straße', 'İstanbul', 'ＡＢＣ', '東京', '𝐀𝐁', '\ud835', '\udc00', 'x'.repeat(300), 'state-sponsored', 'a_b', '$', '٣٤', 'Ⅻ',
      ),
      fc.string({ maxLength: 5 }),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
  });
});
