import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './bytes.ts';

describe('byte buffers', () => {
  it('round-trip numbers and words of every length and script', () => {
    const words = ['', 'lazarus', 'хакеры', '北朝鲜', 'x'.repeat(127), 'y'.repeat(128), `${'é'.repeat(60)}z`, 'a'.repeat(5000)];
    const numbers = [0, 1, 127, 128, 300, 2 ** 21, 2 ** 40];
    const writer = new ByteWriter(4);
    for (const word of words) writer.string(word);
    for (const number of numbers) writer.varint(number);
    writer.byte(63);
    const reader = new ByteReader(writer.finish());
    expect(words.map(() => reader.string())).toEqual(words);
    expect(numbers.map(() => reader.varint())).toEqual(numbers);
    expect(reader.byte()).toBe(63);
    expect(reader.done).toBe(true);
  });
});
