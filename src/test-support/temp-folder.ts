/**
 * Test support: fresh folders under the system temp directory, removed when the test that made them
 * finishes (or, made outside a test, when the test file's run ends).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const leftOver: string[] = [];
afterAll(async () => {
  await Promise.all(leftOver.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes `files` (relative path -> text) into a new temp folder named after `prefix`; returns its path. */
export async function tempFolder(prefix: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `sitrep-${prefix}-`));
  try {
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
  } catch {
    // Called outside a test (a beforeAll): removed after the file's tests.
    leftOver.push(dir);
  }
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}
