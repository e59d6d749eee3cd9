import { expect } from '@open-wc/testing';
import pkg from '../package.json';
import { VERSION } from '../src/version.js';

describe('VERSION', () => {
  it('matches package.json, which the duplicate-registration warning reports', () => {
    expect(pkg.version).to.equal(VERSION);
  });
});
