import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test-support/temp-folder.ts';
import { postTerms } from './post-terms.ts';
import { ShardAccumulator } from './shard-accumulator.ts';
import { encodeShard } from './shard-builder.ts';

const WORDS = ['lazarus', 'ransomware', 'phishing', 'exploit', 'зловред', '北朝鲜', 'patch', 'botnet', 'wiper', 'loader', 'kerberos', 'firmware'];
const SHARDS = 8;

// Posts of varied words and lengths, the same on every run.
function samplePosts(count: number): { title: string; text: string[] }[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return Array.from({ length: count }, () => {
    const words = (n: number) => Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');
    return { title: words(3 + (next() % 5)), text: [words(10 + (next() % 60)), words(next() % 30)] };
  });
}

describe('the shard accumulator', () => {
  it('gives every shard the same records and files whether it spilled runs to disk or not', async () => {
    const dir = await tempFolder('spill', {});
    const file = path.join(dir, 'runs.tmp');
    const inMemory = new ShardAccumulator(SHARDS);
    const spilling = new ShardAccumulator(SHARDS, { file, budgetBytes: 2_000 });
    const posts = samplePosts(300);
    // Posts arrive out of order, as they do from the workers.
    const order = posts.map((_, post) => post).sort((a, b) => (a % 7) - (b % 7) || a - b);
    for (const post of order) {
      const { title, text } = posts[post] ?? { title: '', text: [] };
      const terms = postTerms(title, text, SHARDS).bytes;
      inMemory.add(post, terms);
      spilling.add(post, terms);
    }
    expect(spilling.runCount).toBeGreaterThan(3);
    expect(inMemory.runCount).toBe(0);
    // Every third post is not in the collection.
    const docOf = (post: number) => (post % 3 === 0 ? -1 : posts.length - post);
    for (let shard = 0; shard < SHARDS; shard++) {
      const kept = inMemory.take(shard);
      const spilled = spilling.take(shard);
      expect(spilled).toEqual(kept);
      expect(encodeShard(spilled, docOf)).toEqual(encodeShard(kept, docOf));
    }
    expect(existsSync(file)).toBe(true);
    spilling.close();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses terms computed for another shard count', () => {
    const terms = postTerms('lazarus wiper', ['kerberos firmware patch botnet'], 64).bytes;
    expect(() => new ShardAccumulator(1).add(0, terms)).toThrow(/another shard count/);
  });
});
