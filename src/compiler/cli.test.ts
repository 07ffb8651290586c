/**
 * The command line as an analyst runs it: flags reach the export, stdout holds the export alone, and
 * a flag that cannot be used stops it with exit code 2 and the reason on stderr.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stixReferenceErrors, stixSchemaErrors } from '../test-support/stix-schemas.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs `npm run export -- <args>` over the shipped posts; resolves with its output and exit code. */
async function exportCommand(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts', 'export', ...args], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: '', CATALOG_DIR: '', SITE_URL: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run export', () => {
  it('prints a valid STIX 2.1 bundle of --actor lazarus-group --victim GB --from 2019-01-01', async () => {
    const { stdout, stderr, code } = await exportCommand(['--format', 'stix', '--actor', 'lazarus-group', '--victim', 'GB', '--from', '2019-01-01']);
    expect(code).toBe(0);
    const bundle = JSON.parse(stdout) as { type: string; objects: { type: string; name?: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(stixSchemaErrors(bundle)).toEqual([]);
    expect(stixReferenceErrors(bundle)).toEqual([]);
    expect(bundle.objects.filter((object) => object.type === 'report').map((report) => report.name)).toContain(
      'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
    );
    expect(stderr).toMatch(/posts compiled.*; \d+ exported/);
  }, 120_000);

  it('exits with 2 and prints nothing to stdout when a flag names what the collection lacks', async () => {
    const { stdout, stderr, code } = await exportCommand(['--actor', 'lazarus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--actor lazarus: no such actor; did you mean lazarus-group (Lazarus Group)?');
  }, 120_000);
});
