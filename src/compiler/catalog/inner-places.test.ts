import { describe, expect, it } from 'vitest';
import { largestCityNames, spellingsOf, subdivisionNames } from './inner-places.ts';

describe('spellingsOf', () => {
  it('reads a place without its diacritics too, unless that leaves a short word', () => {
    expect(spellingsOf('Tamil Nādu')).toEqual(['Tamil Nādu', 'Tamil Nadu']);
    expect(spellingsOf('São Paulo')).toEqual(['São Paulo', 'Sao Paulo']);
    expect(spellingsOf('Pará')).toEqual(['Pará']);
  });

  it('takes apart the forms lists use: a second name in parentheses, an inverted name, a suffix', () => {
    expect(spellingsOf('Puducherry (Pondicherry)')).toEqual(['Puducherry', 'Pondicherry']);
    expect(spellingsOf('Bristol, City of')).toEqual(['Bristol', 'City of Bristol']);
    expect(spellingsOf('Guangdong Sheng')).toEqual(['Guangdong']);
    expect(spellingsOf('The Bronx')).toEqual(['Bronx']);
  });
});

describe('subdivisionNames', () => {
  it('lists the first-level subdivisions of the countries asked for, each for its country', () => {
    const places = subdivisionNames(['US', 'IN']);
    expect(places).toContainEqual({ name: 'Texas', code: 'US' });
    expect(places).toContainEqual({ name: 'Karnataka', code: 'IN' });
    expect(places.some((place) => place.code === 'AU')).toBe(false);
  });
});

describe('largestCityNames', () => {
  it('lists the most populous cities, leaving out a name two large cities share', () => {
    const places = largestCityNames(300);
    const names = new Set(places.map((place) => place.name));
    expect(names.size).toBeGreaterThanOrEqual(250);
    expect(places).toContainEqual({ name: 'Lagos', code: 'NG' });
    expect(places).toContainEqual({ name: 'Shenzhen', code: 'CN' });
    // Hyderabad (India and Pakistan) and Valencia (Venezuela and Spain) say neither country.
    expect(names.has('Hyderabad')).toBe(false);
    expect(names.has('Valencia')).toBe(false);
  });

  it('lists nothing when no cities are asked for', () => {
    expect(largestCityNames(0)).toEqual([]);
  });
});
