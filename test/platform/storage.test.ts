import { expect } from '@open-wc/testing';
import { createStore, type StoreOptions } from '../../src/platform/storage.js';
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
    createStore(options(key)).update(() => ({ count: 3 }));
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
      store.update(() => ({ count: 5 }));
      expect(store.status).to.equal('memory');
      expect(store.read()).to.deep.equal({ count: 5 });
      expect(createStore(options(key)).read()).to.deep.equal({ count: 5 });
    });
  });
});

/** A set of words, as a stand-in for any document two tabs edit: merging is their union. */
interface Words {
  words: string[];
}
const parseWords = (data: unknown): Words | undefined =>
  Array.isArray((data as Words)?.words) ? (data as Words) : undefined;
const union = (mine: Words, saved: Words): Words =>
  mine.words.every((word) => saved.words.includes(word)) ? saved : { words: [...new Set([...saved.words, ...mine.words])] };
const wordsOptions = (key: string): StoreOptions<Words> => ({ key, format: { version: 1, parse: parseWords }, initial: () => ({ words: [] }) });
const wordsStore = (key: string) => createStore<Words>({ ...wordsOptions(key), merge: union });
const add = (word: string) => (latest: Words) => ({ words: [...latest.words, word] });
const saved = (key: string) => JSON.parse(localStorage.getItem(key)!).data as Words;

/** What another tab does: write the key directly, then the storage event this tab would get. */
function otherTabWrites(key: string, raw: string) {
  localStorage.setItem(key, raw);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: raw }));
}

describe('createStore with the same key in two tabs', () => {
  afterEach(() => localStorage.clear());

  it('applies each change to the latest saved value, not to what the tab read earlier', () => {
    const key = freshKey();
    const [a, b] = [wordsStore(key), wordsStore(key)];
    a.read();
    b.read(); // both tabs loaded the empty list
    a.update(add('from-a'));
    b.update(add('from-b')); // before b heard of a's change
    expect(saved(key).words).to.deep.equal(['from-a', 'from-b']);
  });

  it('merges what this tab holds with what another tab saved without it, and saves the merge', () => {
    const key = freshKey();
    const a = wordsStore(key);
    a.update(add('mine'));
    let heard = 0;
    const stop = a.subscribe(() => heard++);
    // The other tab saved at the same moment, from a value without 'mine'.
    otherTabWrites(key, JSON.stringify({ version: 1, data: { words: ['theirs'] } }));
    stop();
    expect(heard).to.equal(1);
    expect(a.read().words).to.deep.equal(['theirs', 'mine']);
    expect(saved(key).words).to.deep.equal(['theirs', 'mine']);
  });

  it('takes the saved value as it is when this tab has nothing newer, and writes nothing', () => {
    const key = freshKey();
    const a = wordsStore(key);
    a.update(add('shared'));
    const theirs = JSON.stringify({ version: 1, data: { words: ['shared', 'more'] } });
    otherTabWrites(key, theirs);
    expect(a.read().words).to.deep.equal(['shared', 'more']);
    expect(localStorage.getItem(key)).to.equal(theirs);
  });

  it('without a merge, the saved value wins but changes still apply to it', () => {
    const key = freshKey();
    const a = createStore(wordsOptions(key));
    a.update(add('mine'));
    otherTabWrites(key, JSON.stringify({ version: 1, data: { words: ['theirs'] } }));
    expect(a.read().words).to.deep.equal(['theirs']);
    a.update(add('next'));
    expect(saved(key).words).to.deep.equal(['theirs', 'next']);
  });

  it('keeps its own value when another tab saves something unreadable, sets that aside and saves its own again', () => {
    const key = freshKey();
    const a = wordsStore(key);
    a.update(add('good'));
    otherTabWrites(key, '{"version":1,"data":{"words":"broken');
    expect(a.read().words).to.deep.equal(['good']);
    expect(a.overruled).to.equal(true);
    expect(a.recovered).to.equal(false);
    expect(saved(key).words).to.deep.equal(['good']);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`));
    expect(aside.map((k) => localStorage.getItem(k))).to.deep.equal(['{"version":1,"data":{"words":"broken']);
  });

  it('leaves a value from a newer version to the tab that wrote it, keeping its own meanwhile', () => {
    const key = freshKey();
    const a = wordsStore(key);
    a.update(add('good'));
    const newer = JSON.stringify({ version: 2, data: { words: ['from the future'] } });
    otherTabWrites(key, newer);
    expect(a.read().words).to.deep.equal(['good']);
    expect(a.overruled).to.equal(true);
    expect(localStorage.getItem(key)).to.equal(newer);
    expect(Object.keys(localStorage).filter((k) => k.includes(':unreadable:'))).to.deep.equal([]);
  });
});
