/**
 * Runs `task` once the browser has painted the current frame (a task queued from an animation frame runs after
 * that frame's paint), or after `fallbackMs` where no frame comes (a page in a background tab). Work a step does
 * not need for its own paint waits here, so the step shows first. Returns a function that cancels the task.
 */
export function afterPaint(task: () => void, fallbackMs = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
  }
  return cancel;
}
