import { describe, expect, it } from 'vitest';
import { findHighlights, snippet } from './snippet.ts';

const marked = (result: { text: string; highlights: [number, number][] }) =>
  result.highlights.map(([start, end]) => result.text.slice(start, end));

const filler = (words: number, word = 'filler') => Array.from({ length: words }, () => word).join(' ');

describe('snippet', () => {
  it('returns a short text whole, with every match marked', () => {
    const result = snippet('Ransomware hit two hospitals; the hospital paid.', ['ransomware', 'hospital']);
    expect(result.text).toBe('Ransomware hit two hospitals; the hospital paid.');
    expect(marked(result)).toEqual(['Ransomware', 'hospitals', 'hospital']);
  });

  it('finds plurals and case variants of a term through the stemmer', () => {
    expect(marked(snippet('ATTACKS and an Attack', ['attack']))).toEqual(['ATTACKS', 'Attack']);
  });

  it('picks the window holding the most different terms, starting at its sentence', () => {
    const text =
      `${filler(40)} The crypto exchange was robbed. ${filler(40)}. ` +
      `Investigators said the theft of crypto used Telegram bots. ${filler(60)}`;
    const result = snippet(text, ['crypto', 'theft', 'telegram'], 120);
    expect(result.text.startsWith('\u2026Investigators said the theft')).toBe(true);
    expect(marked(result)).toEqual(['theft', 'crypto', 'Telegram']);
    expect(result.text.length).toBeLessThanOrEqual(120);
    expect(result.text.endsWith('\u2026')).toBe(true);
  });

  it('cuts at words, never inside one', () => {
    const text = `${filler(80)} target ${filler(80, 'wordy')}`;
    const result = snippet(text, ['target'], 100);
    const inner = result.text.replace(/^\u2026|\u2026$/g, '');
    for (const word of inner.split(' ')) expect(['filler', 'target', 'wordy']).toContain(word);
    expect(marked(result)).toEqual(['target']);
  });

  it('marks a name of several words only where its words stand together', () => {
    const text = 'The group, Lazarus, struck. Later the Lazarus Group denied it, as did Guardians of Peace.';
    const result = snippet(text, ['Lazarus Group', 'Guardians of Peace']);
    expect(marked(result)).toEqual(['Lazarus Group', 'Guardians of Peace']);
  });

  it('marks an identifier whole, and a part that was asked for', () => {
    expect(marked(snippet('Patch CVE-2021-44228 now', ['cve-2021-44228']))).toEqual(['CVE-2021-44228']);
    expect(marked(snippet('Patch CVE-2021-44228 now', ['44228']))).toEqual(['44228']);
  });

  it('opens the text when nothing matches', () => {
    const text = `First words here. ${filler(100)}`;
    const result = snippet(text, ['absent'], 50);
    expect(result.text.startsWith('First words here.')).toBe(true);
    expect(result.highlights).toEqual([]);
    expect(result.text.length).toBeLessThanOrEqual(50);
  });

  it('ignores terms that are only stopwords', () => {
    expect(snippet('the cat and the dog', ['the', '']).highlights).toEqual([]);
  });
});

describe('findHighlights', () => {
  it('gives every match in a title', () => {
    const title = 'Telegram bots steal crypto';
    expect(findHighlights(title, ['telegram', 'crypto']).map(([start, end]) => title.slice(start, end))).toEqual(['Telegram', 'crypto']);
  });
});
