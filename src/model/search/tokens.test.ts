import { describe, expect, it } from 'vitest';
import { foldText, indexTokens, queryTokens, stem, tokenize } from './tokens.ts';

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

  it('reads letter-only compounds as their words', () => {
    expect(terms('state-sponsored e-mail TEMP.Hermit')).toEqual(['state', 'sponsored', 'mail', 'temp', 'hermit']);
  });

  it('joins dotted abbreviations and drops possessives and apostrophes', () => {
    expect(terms("The U.S. Treasury's list, Lazarus’s tools, don't")).toEqual(['us', 'treasury', 'list', 'lazarus', 'tool', 'dont']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Über-großer Angriff';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Über', 'großer', 'Angriff']);
  });

  it('skips runs too long to be words', () => {
    expect(terms(`hash ${'a1'.repeat(40)} seen`)).toEqual(['hash', 'seen']);
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
