/** What every bench section shares: a seeded generator, a timer and how times are printed. */

/** Mulberry32: a small seeded generator, so every run measures the same synthetic collection. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median and 95th percentile of `runs` timed runs, after `warmup` untimed ones. */
export function time(runs: number, task: () => void, warmup = 3): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** `0.042 ms`, `2.10 ms`, `31.4 ms`. */
export function ms(value: number): string {
  return `${value.toFixed(value < 0.1 ? 3 : value < 10 ? 2 : 1)} ms`;
}
