/**
 * The architecture, checked: content -> src/compiler -> static data -> react-query -> src/model -> routes.
 * App code never imports compiler code; src/model stays pure (no Node, no React, no DOM globals).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

const appDirs = readdirSync(SRC, { withFileTypes: true })
  // src/bench runs in Node, like the build: it measures both sides. src/importer is a Node command
  // that writes post files; the app never runs it.
  .filter((entry) => entry.isDirectory() && !['compiler', 'importer', 'bench', 'eval', 'test-support'].includes(entry.name))
  .map((entry) => entry.name);

describe('architecture', () => {
  it('app code never imports compiler or importer code, or Node modules', () => {
    const offences: string[] = [];
    const appFiles = [...appDirs.flatMap(sourceFiles), path.join(SRC, 'main.tsx')];
    for (const file of appFiles) {
      for (const target of imports(file)) {
        const resolved = target.startsWith('.') ? path.resolve(path.dirname(file), target) : target;
        if (resolved.startsWith(path.join(SRC, 'compiler')) || resolved.startsWith(path.join(SRC, 'importer')) || target.startsWith('node:')) {
          offences.push(`${path.relative(SRC, file)} imports ${target}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('src/model is pure: no React, no Node, and zod only as types outside its schema module', () => {
    const offences: string[] = [];
    for (const file of sourceFiles('model')) {
      const text = readFileSync(file, 'utf8');
      for (const target of imports(file)) {
        if (target.startsWith('node:') || target.startsWith('react')) offences.push(`${path.relative(SRC, file)} imports ${target}`);
      }
      if (/\b(window|document|localStorage)\./.test(text)) offences.push(`${path.relative(SRC, file)} uses a DOM global`);
    }
    expect(offences).toEqual([]);
  });

  it('the app imports the data schemas as types only, so zod stays out of the bundle', () => {
    // The schema modules (data-format.ts, catalog-format.ts) are the only runtime users of zod.
    const valueImportOfSchema = /^import\s+(?!type\b)[^;]*from\s+['"][^'"]*-format(?:\.ts)?['"]/m;
    const offences: string[] = [];
    for (const file of [...appDirs.flatMap(sourceFiles), path.join(SRC, 'main.tsx')]) {
      if (/-format\.ts$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (valueImportOfSchema.test(text) || /from\s+['"]zod['"]/.test(text)) offences.push(path.relative(SRC, file));
    }
    expect(offences).toEqual([]);
  });
});
