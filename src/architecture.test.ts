/**
 * The architecture's rules are enforced by ESLint (src/eslint.config.js; `npm run lint`, part of
 * `npm test`). These tests show that the rules catch what they should, dynamic imports and cycles
 * included, so a change to the configuration that silences them fails here.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: REPO, overrideConfigFile: path.join(REPO, 'src/eslint.config.js') });

/** The rule ids ESLint reports for `code` as if it were the file `file` (relative to the repository). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the architecture rules', () => {
  it('keep Node-only code out of the app, static and dynamic imports alike', async () => {
    expect(await violations('src/routes/x.tsx', "import { build } from '../compiler/build.ts';\nexport const x = build;\n")).toContain('import-x/no-restricted-paths');
    expect(await violations('src/components/x.tsx', "export const load = () => import('../compiler/build.ts');\n")).toContain('import-x/no-restricted-paths');
    expect(await violations('src/data/x.ts', "import fs from 'fs';\nexport const x = fs;\n")).toContain('import-x/no-nodejs-modules');
    expect(await violations('src/main.tsx', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toContain('import-x/no-nodejs-modules');
  });

  it('let data flow one way: the model imports no app layer, data no view, components no route', async () => {
    expect(await violations('src/model/x.ts', "import { collectionQuery } from '../data/data-client.ts';\nexport const x = collectionQuery;\n")).toContain('import-x/no-restricted-paths');
    expect(await violations('src/data/x.ts', "import { PostRows } from '../components/post-rows.tsx';\nexport const x = PostRows;\n")).toContain('import-x/no-restricted-paths');
    expect(await violations('src/components/x.tsx', "import { Explorer } from '../routes/explorer.tsx';\nexport const x = Explorer;\n")).toContain('import-x/no-restricted-paths');
    // Downstream may import upstream.
    expect(await violations('src/routes/x.tsx', "import { paths } from '../model/view/paths.ts';\nexport const x = paths;\n")).toEqual([]);
  });

  it('keep the model pure and zod out of the bundle', async () => {
    expect(await violations('src/model/x.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain('@typescript-eslint/no-restricted-imports');
    expect(await violations('src/model/x.ts', 'export const x = () => window.location.href;\n')).toContain('no-restricted-globals');
    expect(await violations('src/routes/x.tsx', "import { postBodySchema } from '../model/format/data-format.ts';\nexport const x = postBodySchema;\n")).toContain('@typescript-eslint/no-restricted-imports');
    expect(await violations('src/routes/x.tsx', "import type { PostBody } from '../model/format/data-format.ts';\nexport type X = PostBody;\n")).toEqual([]);
  });

  describe('cycles', () => {
    const dir = path.join(REPO, 'src/test-support/cycle-check');
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('are found', async () => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
      await writeFile(path.join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
      expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
    });
  });
});
