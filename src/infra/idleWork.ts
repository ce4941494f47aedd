/**
 * Work done ahead of the merchant, in slices of idle time: one queue, each piece an iterator that
 * does a little per `next()` (see prepareGuide). Work starts in the browser's idle time
 * (requestIdleCallback) and runs in tasks of at most SLICE_MS (plus the piece under way), so it
 * never becomes a long task in front of a tap: an idle period may last 50 ms, and on a phone's
 * slower CPU (4× in the bench) a slice that filled it became a 50–80 ms task. While the idle
 * period lasts, the next slice follows in a new task (a tap waiting meanwhile is handled first);
 * after it, at the next idle period. Without requestIdleCallback (Safari, every iOS browser)
 * slices are SLICE_MS long, GAP_MS apart.
 */
type Work = Iterator<unknown>;

/** How long one slice may run; without requestIdleCallback also the pause before each. */
export const SLICE_MS = 8;
export const GAP_MS = 50;

const queue: Work[] = [];
let scheduled = false;

/**
 * Queues work for idle time. `first`: ahead of what is queued (the guide a finger is on). Work
 * already queued is moved, not added twice. A piece that throws is dropped: it was only a head
 * start, and the screen that needs the result does the same work itself.
 */
export function runWhenIdle(work: Work, options: { first?: boolean } = {}): void {
  const at = queue.indexOf(work);
  if (at >= 0) {
    if (!options.first) return;
    queue.splice(at, 1);
  }
  if (options.first) queue.unshift(work);
  else queue.push(work);
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runSlice);
  else setTimeout(runSlice, GAP_MS);
}

function runSlice(deadline?: IdleDeadline): void {
  scheduled = false;
  const end = performance.now() + SLICE_MS;
  const idleLeft = () => (deadline ? deadline.timeRemaining() > 1 : false);
  while (queue.length > 0 && performance.now() < end && (!deadline || idleLeft())) {
    const work = queue[0]!;
    let finished = true;
    try {
      finished = work.next().done === true;
    } catch {
      // dropped: see runWhenIdle
    }
    if (finished) queue.shift();
  }
  if (queue.length > 0 && idleLeft()) {
    // The idle period goes on: the next slice in a new task, so that input comes first.
    scheduled = true;
    setTimeout(() => runSlice(deadline), 0);
  } else schedule();
}
