import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { migrateChecklist } from '../../src/core/checklist-import.js';
import { migrate, type VersionedFormat } from '../../src/core/versioned.js';

interface V3 {
  items: string[];
}

// A format that went through two earlier shapes: v1 `{done: "a,b"}`, v2 `{done: ["a","b"]}`.
const format: VersionedFormat<V3> = {
  version: 3,
  migrations: {
    1: (data) => ({ done: String((data as { done: string }).done).split(',') }),
    2: (data) => ({ items: (data as { done: string[] }).done }),
  },
  parse: (data) => (Array.isArray((data as V3)?.items) ? (data as V3) : undefined),
};

describe('migrate', () => {
  it('brings every older version forward one step at a time', () => {
    expect(migrate({ version: 1, data: { done: 'a,b' } }, format)).to.deep.equal({ items: ['a', 'b'] });
    expect(migrate({ version: 2, data: { done: ['c'] } }, format)).to.deep.equal({ items: ['c'] });
    expect(migrate({ version: 3, data: { items: [] } }, format)).to.deep.equal({ items: [] });
  });

  it('refuses newer, unknown and malformed versions', () => {
    expect(migrate({ version: 4, data: { items: [] } }, format)).to.equal(undefined);
    expect(migrate({ version: 0, data: {} }, format)).to.equal(undefined);
    expect(migrate({ version: '3', data: { items: [] } }, format)).to.equal(undefined);
    expect(migrate({ version: 1, data: null }, format)).to.equal(undefined);
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -2, max: 5 }), (data, version) => {
        migrate(data, format);
        migrate({ version, data }, format);
        const state = migrateChecklist({ version, data });
        if (state) expect(migrateChecklist({ version: 1, data: state })).to.deep.equal(state);
      }),
      { numRuns: 1000 },
    );
  });
});
