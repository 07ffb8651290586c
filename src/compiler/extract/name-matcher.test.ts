import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher.ts';

const matcher = new NameMatcher([
  { value: 'US', names: [{ name: 'Mass.', exact: true, ambiguous: false }, { name: 'U.S.', exact: true, ambiguous: false }] },
]);
const surfaces = (text: string) => matcher.find(text).map((match) => match.surface);

describe('NameMatcher', () => {
  it('matches a shortened word only with its dot', () => {
    expect(surfaces('A hospital in Boston, Mass. was hit')).toEqual(['Mass.']);
    expect(surfaces('Mass surveillance was not involved')).toEqual([]);
  });

  it('matches initials without their final dot', () => {
    expect(surfaces('While in the U.S, the malware spread')).toEqual(['U.S']);
  });
});
