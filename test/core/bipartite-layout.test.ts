import { expect } from '@open-wc/testing';
import { layoutBipartite } from '../../src/core/bipartite-layout.js';

describe('layoutBipartite', () => {
  it('orders the right column by the position of what points at it', () => {
    const layout = layoutBipartite(
      ['a', 'b', 'c'],
      ['z', 'y', 'x'],
      [
        { from: 'a', to: 'x' },
        { from: 'b', to: 'y' },
        { from: 'c', to: 'z' },
      ],
      10,
    );
    expect(layout.right.map((node) => node.id)).to.deep.equal(['x', 'y', 'z']);
    expect(layout.left.map((node) => node.y)).to.deep.equal([5, 15, 25]);
    expect(layout.height).to.equal(30);
  });

  it('centres the shorter column', () => {
    const layout = layoutBipartite(['a', 'b', 'c', 'd'], ['x'], [{ from: 'a', to: 'x' }], 10);
    expect(layout.right).to.deep.equal([{ id: 'x', y: 20 }]);
  });
});
