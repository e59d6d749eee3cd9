// Summary statistics. Nearest-rank quantiles (no interpolation): every figure reported is a time
// that was actually observed, and p95 of 20 loads is the 19th fastest.
export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export const median = (samples) => quantile(samples, 0.5);

export function summarize(samples) {
  return { n: samples.length, median: median(samples), p95: quantile(samples, 0.95), min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * How cost grows with the number of instances: cost ∝ n^k between two sizes. k = 1 is linear,
 * k < 1 means fixed costs are being amortised, k > 1 means each instance costs more than the last.
 */
export const growthExponent = (n1, cost1, n2, cost2) => Math.log(cost2 / cost1) / Math.log(n2 / n1);

