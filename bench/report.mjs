// Turns the measurements into the printed tables. Formatting only: results.json keeps the numbers.
export const fmt = {
  ms: (value) => (value === undefined ? '–' : value.toFixed(1)),
  kB: (bytes) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1)),
  x: (value, floor) => (value === undefined || !floor ? '–' : `${(value / floor).toFixed(1)}×`),
  k: (value) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2)),
};

/** A Markdown table with padded columns, so it reads in a terminal and pastes into the README. */
export function table(headers, rows) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
