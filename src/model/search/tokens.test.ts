import { describe, expect, it } from 'vitest';
import { foldText, indexTokens, MAX_TOKEN_LENGTH, queryTokens, stem, tokenize } from './tokens.ts';

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
