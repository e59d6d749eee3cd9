import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/platform/define.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../support/helpers.js';

class Probe extends HTMLElement {
  static version = VERSION;
}

describe('defineElement', () => {
  it('registers once and treats a second registration of the same version as a silent no-op', async () => {
    const warnings = await captureWarnings(() => {
      expect(defineElement('probe-once', Probe)).to.equal(Probe);
      class SameVersionCopy extends HTMLElement {
        static version = VERSION;
      }
      expect(defineElement('probe-once', SameVersionCopy)).to.equal(Probe);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns when the tag holds another version, and keeps it', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('probe-versions', Old);
    const warnings = await captureWarnings(() => expect(defineElement('probe-versions', Probe)).to.equal(Old));
    expect(warnings.join()).to.contain('0.0.1');
  });

  it('registers one class under a second name', () => {
    defineElement('probe-first', Probe);
    const second = defineElement('probe-second', Probe);
    expect(second).to.not.equal(undefined);
    expect(document.createElement('probe-second')).to.be.instanceOf(Probe);
  });

  it('does nothing without a registry (server-side import)', () => {
    expect(defineElement('probe-none', Probe, null)).to.equal(undefined);
  });
});
