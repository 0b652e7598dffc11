/** Median milliseconds per call of `run`, over at least `minRuns` runs and `minMs` in all. */
export function measure(run: () => unknown, minRuns = 5, minMs = 400): number {
  run(); // warm-up: JIT and caches
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    if (times.length >= 200) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function megabytesPerSecond(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
