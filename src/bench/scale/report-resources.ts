/**
 * Preloaded into a command the scale bench runs (`node --import tsx --import <this file> ...`): when
 * the process exits it prints its peak memory, worker threads included, as one JSON line on stderr.
 */
process.on('exit', () => {
  const { maxRSS } = process.resourceUsage();
  process.stderr.write(`\n${JSON.stringify({ sitrepBench: { maxRssBytes: maxRSS * 1024 } })}\n`);
});
