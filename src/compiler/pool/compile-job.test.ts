import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test-support/temp-folder.ts';
import { jobContext, runJob } from './compile-job.ts';

describe('a compile job', () => {
  it('reports a file it cannot read as an error of that file, instead of stopping the build', async () => {
    const dir = await tempFolder('job', {});
    const context = await jobContext({ catalog: null, shardCount: 1, outDir: null, includeDrafts: false });
    const result = runJob({ post: 0, path: path.join(dir, 'gone.md'), display: 'posts/gone.md' }, context);
    expect(result.record).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'posts/gone.md', line: 1, message: expect.stringMatching(/cannot be read: ENOENT/) }),
    ]);
  });
});
