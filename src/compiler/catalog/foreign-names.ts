/**
 * Country names and demonyms in Spanish, Portuguese, French and German, so that posts in those
 * languages name countries as English posts do: the names from world-countries' `translations`, its
 * French demonyms, and the catalog's Spanish, Portuguese and German demonyms (countries.yaml), which
 * the package lacks. Demonyms are inflected here for gender and number ("rusos", "chinesa",
 * "américaines", "russischen").
 */

/** The languages read besides English, by world-countries' ISO 639-3 keys. */
export const TRANSLATED_LANGUAGES = ['spa', 'por', 'fra', 'deu'] as const;

/** The part of a world-countries entry this module reads. */
export interface TranslatedCountry {
  translations: Partial<Record<string, { common: string; official: string }>>;
  demonyms?: Partial<Record<string, { f: string; m: string }>>;
}

/** A country's names in the other languages: common and official. */
export function translatedNames(entry: TranslatedCountry): string[] {
  const names: string[] = [];
  for (const language of TRANSLATED_LANGUAGES) {
    const translation = entry.translations[language];
    if (!translation) continue;
    names.push(translation.common, translation.official);
    // French writes the adjective of a country's name in lowercase ("Arabie saoudite"), the package
    // capitalises it ("Arabie Saoudite").
    if (language === 'fra') names.push(translation.common.replace(/(?<=\s)\p{Lu}/gu, (letter) => letter.toLowerCase()));
  }
  return [...new Set(names)];
}

/** The demonyms the catalog gives for one country, by language. */
export interface CatalogDemonyms {
  es: string[];
  pt: string[];
  de: string[];
}

/**
 * Every form of a country's demonyms in the other languages, lowercase as adjectives are written
 * ("hackers rusos") and capitalised as nouns and titles are ("los Rusos", "Russische Hacker").
 */
export function translatedDemonyms(entry: TranslatedCountry, catalog: CatalogDemonyms | undefined): string[] {
  const forms: string[] = [];
  const french = entry.demonyms?.fra;
  if (french) forms.push(...frenchForms(french.m), ...frenchForms(french.f));
  for (const masculine of catalog?.es ?? []) forms.push(...spanishForms(masculine));
  for (const masculine of catalog?.pt ?? []) forms.push(...portugueseForms(masculine));
  for (const stem of catalog?.de ?? []) forms.push(...germanForms(stem));
  const cased = forms.flatMap((form) => [form.toLowerCase(), capitalise(form.toLowerCase())]);
  return [...new Set(cased)];
}

function capitalise(word: string): string {
  return word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** French: the package's masculine and feminine, and their plurals ("chinois" is its own plural). */
export function frenchForms(singular: string): string[] {
  return /[sx]$/.test(singular) ? [singular] : [singular, `${singular}s`];
}

/** Spanish, from the masculine singular: ruso -> rusa, rusos, rusas; francés -> francesa ...; iraní -> iraníes. */
export function spanishForms(masculine: string): string[] {
  const stem = (cut: number) => masculine.slice(0, masculine.length - cut);
  if (/o$/.test(masculine)) return [masculine, `${stem(1)}a`, `${stem(1)}os`, `${stem(1)}as`];
  if (/és$/.test(masculine)) return [masculine, `${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`];
  if (/án$/.test(masculine)) return [masculine, `${stem(2)}ana`, `${stem(2)}anes`, `${stem(2)}anas`];
  if (/[íú]$/.test(masculine)) return [masculine, `${masculine}es`, `${masculine}s`];
  if (/[ae]$/.test(masculine)) return [masculine, `${masculine}s`];
  // español -> española, españoles, españolas
  return [masculine, `${masculine}a`, `${masculine}es`, `${masculine}as`];
}

/** Portuguese, from the masculine singular: russo -> russa ...; chinês -> chinesa ...; alemão -> alemã, alemães. */
export function portugueseForms(masculine: string): string[] {
  const stem = (cut: number) => masculine.slice(0, masculine.length - cut);
  if (/o$/.test(masculine) && !/ão$/.test(masculine)) return [masculine, `${stem(1)}a`, `${stem(1)}os`, `${stem(1)}as`];
  if (/ês$/.test(masculine)) return [masculine, `${stem(2)}esa`, `${stem(2)}eses`, `${stem(2)}esas`];
  if (/ão$/.test(masculine)) return [masculine, `${stem(2)}ã`, `${stem(2)}ães`, `${stem(2)}ãs`];
  if (/ol$/.test(masculine)) return [masculine, `${masculine}a`, `${stem(2)}óis`, `${masculine}as`];
  if (/[ae]$/.test(masculine)) return [masculine, `${masculine}s`];
  return [masculine, `${masculine}s`];
}

/** German adjectives, from the stem: russisch -> russische, russischen, russischer, russisches. */
export function germanForms(stem: string): string[] {
  return [stem, `${stem}e`, `${stem}en`, `${stem}er`, `${stem}es`];
}
