/** Unit tests of after-paint.ts: a task waits for the frame's paint, runs once, and can be cancelled. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterPaint } from '../../src/shared/after-paint.ts';

describe('afterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  test('runs the task in a task after the next animation frame, not before it', () => {
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('runs the task once, though the frame and the fallback timer both come', () => {
    const task = vi.fn();
    afterPaint(task, 20);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('runs the task after the fallback time when no frame comes (a background tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const task = vi.fn();
    afterPaint(task, 250);
    vi.advanceTimersByTime(249);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  test('a cancelled task never runs', () => {
    const task = vi.fn();
    const cancel = afterPaint(task);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
