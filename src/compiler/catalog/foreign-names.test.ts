import { describe, expect, it } from 'vitest';
import { frenchForms, germanForms, portugueseForms, spanishForms, translatedDemonyms } from './foreign-names.ts';

describe('demonym forms', () => {
  it('inflects Spanish demonyms for gender and number', () => {
    expect(spanishForms('ruso')).toEqual(['ruso', 'rusa', 'rusos', 'rusas']);
    expect(spanishForms('francés')).toEqual(['francés', 'francesa', 'franceses', 'francesas']);
    expect(spanishForms('alemán')).toEqual(['alemán', 'alemana', 'alemanes', 'alemanas']);
    expect(spanishForms('iraní')).toEqual(['iraní', 'iraníes', 'iranís']);
    expect(spanishForms('estadounidense')).toEqual(['estadounidense', 'estadounidenses']);
    expect(spanishForms('español')).toEqual(['español', 'española', 'españoles', 'españolas']);
  });

  it('inflects Portuguese demonyms, with the irregular plurals of -ão and -ol', () => {
    expect(portugueseForms('russo')).toEqual(['russo', 'russa', 'russos', 'russas']);
    expect(portugueseForms('chinês')).toEqual(['chinês', 'chinesa', 'chineses', 'chinesas']);
    expect(portugueseForms('alemão')).toEqual(['alemão', 'alemã', 'alemães', 'alemãs']);
    expect(portugueseForms('espanhol')).toEqual(['espanhol', 'espanhola', 'espanhóis', 'espanholas']);
  });

  it('adds the French plural unless the word is its own, and the German adjective endings', () => {
    expect(frenchForms('Chinois')).toEqual(['Chinois']);
    expect(frenchForms('Russe')).toEqual(['Russe', 'Russes']);
    expect(germanForms('russisch')).toEqual(['russisch', 'russische', 'russischen', 'russischer', 'russisches']);
  });

  it('writes every form lowercase, as adjectives, and capitalised, as nouns and in titles', () => {
    const forms = translatedDemonyms({ translations: {}, demonyms: { fra: { m: 'Russe', f: 'Russe' } } }, { es: ['ruso'], pt: [], de: [] });
    expect(forms).toEqual(expect.arrayContaining(['russe', 'Russes', 'rusos', 'Rusas']));
  });
});
