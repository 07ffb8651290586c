import { describe, expect, it } from 'vitest';
import { repairText } from './text-repair.ts';

describe('repairText', () => {
  it('decodes UTF-8 read as Latin-1 back into the intended characters', () => {
    const repair = repairText('AdVenture Communist 4.10.1 \u00d0\u009cOD');
    expect(repair.text).toBe('AdVenture Communist 4.10.1 \u041cOD');
    expect(repair.decoded).toBe(1);
    expect(repair.firstOffset).toBe(27);
  });

  it('decodes three-byte sequences such as a zero-width space or an en dash', () => {
    expect(repairText('gems \u00e2\u0080\u008b+ coins').text).toBe('gems \u200b+ coins');
    expect(repairText('4.1\u00e2\u0080\u00934.3').text).toBe('4.1\u20134.3');
  });

  it('drops control characters that do not decode', () => {
    const repair = repairText('a\u0085b\u0000c');
    expect(repair.text).toBe('abc');
    expect(repair.removed).toBe(2);
  });

  it('leaves ordinary accented text alone', () => {
    const text = 'Café in Zürich, Ðorđe, São Paulo, naïve, \u00e2\u00bf';
    expect(repairText(text)).toEqual({ text, decoded: 0, removed: 0, firstOffset: -1 });
  });
});
