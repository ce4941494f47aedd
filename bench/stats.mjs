// The bench's statistics (bench/run.mjs, bench/throttled.mjs): plain Node, no dependencies.

export function sorted(xs) {
  return [...xs].sort((a, b) => a - b);
}
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export function median(xs) {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
export const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
export function summary(xs) {
  return {
    n: xs.length,
    p50: round(median(xs)),
    p95: round(percentile(xs, 95)),
    min: round(Math.min(...xs)),
    max: round(Math.max(...xs)),
  };
}
