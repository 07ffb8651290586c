import { describe, expect, it } from 'vitest';
import { slugFromFileName, slugify } from './slug.ts';

describe('slugify', () => {
  it('joins lowercase words with dashes and drops punctuation', () => {
    expect(slugify('Kaspersky: Lazarus & Telegram!')).toBe('kaspersky-lazarus-telegram');
    expect(slugify('  --APT_38--  ')).toBe('apt_38');
  });

  it('drops the accents of Latin letters, as analysts type them', () => {
    expect(slugify('Café Société Générale')).toBe('cafe-societe-generale');
    expect(slugify('İstanbul Şirketi')).toBe('istanbul-sirketi');
  });

  it('keeps the letters of other scripts, so their posts keep distinct addresses', () => {
    expect(slugify('Хакеры Lazarus атаковали биржу')).toBe('хакеры-lazarus-атаковали-биржу');
    expect(slugify('朝鲜黑客 窃取 加密货币')).toBe('朝鲜黑客-窃取-加密货币');
    expect(slugify('ハッカーが盗んだ')).toBe('ハッカーが盗んだ');
    expect(slugify('साइबर हमला')).toBe('साइबर-हमला');
    expect(slugify('Ελληνικά νέα')).toBe('ελληνικά-νέα');
  });

  it('writes one text the same way whether it came composed or decomposed', () => {
    expect(slugify('ハッカーが'.normalize('NFD'))).toBe(slugify('ハッカーが'));
    expect(slugify('Société'.normalize('NFD'))).toBe('societe');
  });

  it('is empty when nothing but punctuation and symbols is left', () => {
    expect(slugify('!!! $$$ 🔥')).toBe('');
  });
});

describe('slugFromFileName', () => {
  it('drops the Jekyll date prefix and keeps it as the file date', () => {
    expect(slugFromFileName('2016-09-09-foo_14.md')).toEqual({ slug: 'foo_14', fileDate: '2016-09-09' });
  });

  it('gives posts named in Cyrillic or Chinese their own addresses', () => {
    expect(slugFromFileName('2024-01-02-взлом-биржи.md').slug).toBe('взлом-биржи');
    expect(slugFromFileName('朝鲜黑客.markdown').slug).toBe('朝鲜黑客');
  });

  it('falls back to `post` only when the name has no letters or digits at all', () => {
    expect(slugFromFileName('🔥🔥.md').slug).toBe('post');
  });
});
