import { expect } from '@open-wc/testing';
import { createStore } from '../../src/platform/storage.js';
import { withThrowingStorage } from '../support/helpers.js';

interface Counter {
  count: number;
}

const parse = (data: unknown): Counter | undefined =>
  typeof (data as Counter)?.count === 'number' ? (data as Counter) : undefined;

let n = 0;
const freshKey = () => `test:storage:${Date.now()}:${n++}`;
const options = (key: string, migrations = {}) => ({ key, format: { version: 2, parse, migrations }, initial: () => ({ count: 0 }) });

describe('createStore', () => {
  afterEach(() => localStorage.clear());

  it('round-trips a value with its version', () => {
    const key = freshKey();
    createStore(options(key)).write({ count: 3 });
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ version: 2, data: { count: 3 } });
    expect(createStore(options(key)).read()).to.deep.equal({ count: 3 });
  });

  it('migrates older versions forward step by step', () => {
    const key = freshKey();
    localStorage.setItem(key, JSON.stringify({ version: 1, data: { clicks: 7 } }));
    const store = createStore(options(key, { 1: (old: unknown) => ({ count: (old as { clicks: number }).clicks }) }));
    expect(store.read()).to.deep.equal({ count: 7 });
  });

  it('sets unreadable data aside instead of overwriting it', () => {
    const key = freshKey();
    localStorage.setItem(key, '{not json');
    const store = createStore(options(key));
    expect(store.read()).to.deep.equal({ count: 0 });
    expect(store.recovered).to.equal(true);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`));
    expect(aside).to.have.length(1);
    expect(localStorage.getItem(aside[0])).to.equal('{not json');
  });

  it('treats data from a newer version as unreadable and keeps it', () => {
    const key = freshKey();
    const newer = JSON.stringify({ version: 9, data: { count: 1 } });
    localStorage.setItem(key, newer);
    const store = createStore(options(key));
    expect(store.read()).to.deep.equal({ count: 0 });
    expect(Object.values({ ...localStorage })).to.include(newer);
  });

  it('falls back to memory when storage throws, keeping values for the page', async () => {
    const key = freshKey();
    await withThrowingStorage(async () => {
      const store = createStore(options(key));
      expect(store.read()).to.deep.equal({ count: 0 });
      store.write({ count: 5 });
      expect(store.status).to.equal('memory');
      expect(store.read()).to.deep.equal({ count: 5 });
      expect(createStore(options(key)).read()).to.deep.equal({ count: 5 });
    });
  });
});
