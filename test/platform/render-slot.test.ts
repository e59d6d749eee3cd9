import { expect } from '@open-wc/testing';
import { renderSlot } from '../../src/platform/render-slot.js';

/** A flag that turns true when a task queued now has run. */
function taskQueuedNow(): { ran: boolean } {
  const flag = { ran: false };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    flag.ran = true;
    channel.port1.close();
  };
  channel.port2.postMessage(undefined);
  return flag;
}

/** Keeps the main thread busy, as a long render would. */
function busyFor(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // spin
  }
}

describe('renderSlot', () => {
  it('lets renders share the task while the slice is young', async () => {
    await renderSlot();
    const other = taskQueuedNow();
    await renderSlot();
    expect(other.ran, 'a second render joined the same task').to.be.false;
  });

  it('moves the next render to a new task once the slice has run 30 ms', async () => {
    await renderSlot();
    busyFor(35);
    const other = taskQueuedNow();
    await renderSlot();
    expect(other.ran, 'the next render waited for a new task').to.be.true;
  });
});
