/**
 * Time slices for the kit's initial renders, shared by every element on the page. Renders that
 * wait here run together in one task while it is young, and move to a new task once it has run
 * for `SLICE_MS`. Measured on the benchmark's blog page (README, "Performance"):
 * - a task of its own for every render let the browser lay out and paint hidden half-built elements
 *   in between: 129 ms median until all three were rendered;
 * - these slices: 83 ms, against 72 ms for rendering everything at once;
 * - everything at once cost 114 ms of Total Blocking Time in Lighthouse's mobile run; these
 *   slices measure 0 ms.
 */

/** Past this, the next render waits for a new task. One render takes 1 to 15 ms on a laptop. */
const SLICE_MS = 30;

/** When the current slice's task began; renders compare against it. */
let sliceStart = Number.NEGATIVE_INFINITY;
let pending: Promise<void> | undefined;

/**
 * One new task for every waiter: a MessageChannel message, which unlike setTimeout is never
 * clamped to 4 ms when nested.
 */
function sharedNextTask(): Promise<void> {
  pending ??= new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      pending = undefined;
      sliceStart = performance.now();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
  return pending;
}

/**
 * Resolves when a render may run: at once while the current slice has time left, else in a new
 * task. The first call always waits, so no render joins the task that evaluated the module.
 */
export async function renderSlot(): Promise<void> {
  while (performance.now() - sliceStart >= SLICE_MS) await sharedNextTask();
}
