import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { termStats } from '../search/post-terms.ts';
import { classifyFeatures, classifyRelevance } from './classify.ts';
import { entityWordsOf } from './entity-words.ts';
import { type EntityWords, postFeatures } from './features.ts';
import { detectLanguage, languageName, loadLanguageDetector } from './language.ts';

let entityWords: EntityWords;
beforeAll(async () => {
  await loadLanguageDetector();
  entityWords = entityWordsOf((await loadCatalog(path.resolve(import.meta.dirname, '../../..', DEFAULT_CATALOG_DIR))).catalog);
});

const relevanceOf = (title: string, body: string[], source: string | null = null) => {
  const stats = termStats(title, body);
  const fast = classifyRelevance(stats, entityWords, source);
  // The classifier's shortcut decides exactly as the spelled-out features the model was trained on.
  expect(fast).toEqual(classifyFeatures(postFeatures(stats, entityWords, source)));
  return fast;
};

describe('relevance', () => {
  it('takes an attack report for security news, and says which words decided', () => {
    const result = relevanceOf('Lazarus hackers steal $571 million in cryptocurrency through Telegram', [
      'The North Korean group used malware disguised as a trading app to breach exchanges and steal funds from victims in Europe.',
      'Researchers said the attackers exploited a vulnerability and used phishing messages to infect Windows and macOS machines.',
    ]);
    expect(result.relevant).toBe(true);
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('leaves out an app listing, a theme download and a deal', () => {
    expect(relevanceOf('Beach Racing 2 v1.6.1 MOD APK for Android (Unlimited Money)', ['Download the latest MOD APK with unlimited coins. Requires Android 5.0 and up. Size 120 MB.']).relevant).toBe(false);
    expect(relevanceOf('Avada v7.2 Responsive Multi-Purpose WordPress Theme', ['Download the theme with demo content, page builder and free updates.']).relevant).toBe(false);
    expect(relevanceOf('Get 40% off the best wireless earbuds this weekend', ['The deal ends Sunday. The earbuds have a 24-hour battery and noise cancelling.']).relevant).toBe(false);
  });

  it('reads security words in Spanish, Portuguese, French and German', () => {
    const spanish = relevanceOf('Ciberataque a un hospital de Madrid: los piratas informáticos piden un rescate', [
      'El ciberataque con ransomware cifró los sistemas del hospital. Los ciberdelincuentes exigen un rescate y amenazan con publicar la filtración de datos de los pacientes.',
    ]);
    expect(spanish.relevant).toBe(true);
    const german = relevanceOf('Cyberangriff auf Stadtwerke: Angreifer erpressen Lösegeld', [
      'Nach dem Cyberangriff mit Erpressungstrojaner sind die Systeme verschlüsselt. Die Angreifer nutzten eine Sicherheitslücke; es gab ein Datenleck.',
    ]);
    expect(german.relevant).toBe(true);
  });
});

describe('language', () => {
  it('tells the language of the body, and none for a title alone', () => {
    const languageOf = (body: string[]) => {
      const stats = termStats('Title', body);
      return detectLanguage(body, { words: stats.bodyWords, englishFunctionWords: stats.bodyStopwords });
    };
    expect(languageOf(['Los atacantes robaron los datos de miles de clientes del banco y pidieron un rescate en bitcoin.'])).toBe('es');
    expect(languageOf(['The attackers stole the data of thousands of the bank’s customers and asked for a ransom in bitcoin.'])).toBe('en');
    expect(languageOf(['Die Angreifer haben die Daten von Tausenden Kunden der Bank gestohlen und ein Lösegeld verlangt.'])).toBe('de');
    expect(languageOf([])).toBe('und');
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('und')).toBe('Unknown language');
  });
});
