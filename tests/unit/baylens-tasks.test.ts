import { describe, expect, it } from 'vitest';
import { longTasksWithShare } from '../bench/baylens-tasks';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const CONTENT = `chrome-extension://${ID}/content-script.js`;
const thread = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (ts: number, ms: number, tid = 1) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 7, tid, ts, dur: ms * 1000 });
/** A traced event; its CPU time is its wall time unless a test says otherwise. */
const event = (name: string, ts: number, ms: number, args: object, tid = 1) => ({
  name,
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur: ms * 1000,
  tdur: ms * 1000,
  args,
});

describe('the start-up benchmark’s long-task attribution', () => {
  it('counts the content script’s run and calls into its world, once where they overlap, and nothing of the page’s', () => {
    const events = [
      thread(7, 1, 'CrRendererMain'),
      thread(7, 2, 'Compositor'),
      // 80 ms: the script evaluated for 30 ms (its run nested inside), then 40 ms of the page.
      task(0, 80),
      event('EvaluateScript', 1_000, 30, { data: { url: CONTENT } }),
      event('v8.run', 1_500, 29, { fileName: CONTENT, worldId: 5 }),
      event('FunctionCall', 40_000, 40, { data: { url: 'https://example.org/app.js' } }),
      // 60 ms: a slice of Baylens (a call into its world) of 20 ms, and a page script of 35 ms.
      task(100_000, 60),
      event('v8.callFunction', 100_000, 20, { worldId: 5 }),
      event('v8.callFunction', 121_000, 35, { worldId: 1 }),
      // 70 ms of the page alone, 60 of them collecting garbage, and a long task on another thread,
      // which is not the page's main one.
      task(200_000, 70),
      event('MajorGC', 205_000, 60, {}),
      task(0, 90, 2),
      event('v8.callFunction', 1_000, 80, { worldId: 5 }, 2),
      // A short task of Baylens': not long, not listed.
      task(300_000, 20),
      event('v8.callFunction', 300_000, 20, { worldId: 5 }),
    ];
    const { tasks, scriptRuns } = longTasksWithShare(events);
    expect(scriptRuns).toBe(1);
    expect(tasks).toEqual([
      { startMs: -1.5, durationMs: 80, baylensMs: 30, mostly: 'script' },
      { startMs: 98.5, durationMs: 60, baylensMs: 20, mostly: 'script' },
      { startMs: 198.5, durationMs: 70, baylensMs: 0, mostly: 'garbage collection' },
    ]);
  });

  it('adds up the CPU time of Baylens’ code once, however its events nest, and not the page’s', () => {
    const cpu = (e: ReturnType<typeof event>, ms: number) => ({ ...e, tdur: ms * 1000 });
    const events = [
      thread(7, 1, 'CrRendererMain'),
      // The script's evaluation (12 ms of CPU in 30 ms), its run inside it, and a call inside that.
      cpu(event('EvaluateScript', 1_000, 30, { data: { url: CONTENT } }), 12),
      cpu(event('v8.run', 1_500, 29, { fileName: CONTENT, worldId: 5 }), 11.5),
      cpu(event('v8.callFunction', 2_000, 5, { worldId: 5 }), 4),
      // Two slices later on, and a page script between them.
      cpu(event('v8.callFunction', 100_000, 20, { worldId: 5 }), 9),
      cpu(event('v8.callFunction', 121_000, 35, { worldId: 1 }), 30),
      cpu(event('v8.callFunction', 200_000, 8, { worldId: 5 }), 7.5),
    ];
    expect(longTasksWithShare(events).cpuMs).toBe(12 + 9 + 7.5);
  });

  it('counts the answer to a storage read and the microtasks that run as its task ends, and not the page’s own', () => {
    const reply = (ts: number, tag: string) => ({
      ...event('Receive mojo reply', ts, 1, {}),
      args: { chrome_mojo_event_info: { mojo_interface_tag: tag } },
    });
    const events = [
      thread(7, 1, 'CrRendererMain'),
      event('v8.run', 1_000, 2, { fileName: CONTENT, worldId: 5 }),
      // The tables arrive (1 ms), and as that task ends, the script's start and first slice run on them (55 ms).
      task(100_000, 2),
      reply(100_000, 'extensions.mojom.LocalFrameHost'),
      event('BlinkScheduler_PerformMicrotaskCheckpoint', 102_000, 55, {}),
      // The page's own fetch answered and its promises run: none of it Baylens'.
      task(200_000, 2),
      reply(200_000, 'network.mojom.URLLoaderClient'),
      event('BlinkScheduler_PerformMicrotaskCheckpoint', 202_000, 65, {}),
      // A later checkpoint of the page's, after another task: not Baylens' either.
      task(300_000, 2),
      event('BlinkScheduler_PerformMicrotaskCheckpoint', 302_000, 30, {}),
    ];
    expect(longTasksWithShare(events).cpuMs).toBe(2 + 1 + 55);
  });

  it('fails where the trace carries no CPU time for Baylens’ code', () => {
    const run: Omit<ReturnType<typeof event>, 'tdur'> & { tdur?: number } = event('v8.run', 1_500, 29, { fileName: CONTENT, worldId: 5 });
    delete run.tdur;
    const events = [thread(7, 1, 'CrRendererMain'), run];
    expect(() => longTasksWithShare(events)).toThrow(/no CPU time for v8.run/);
  });

  it('finds no script run in a trace without Baylens', () => {
    const { tasks, scriptRuns } = longTasksWithShare([thread(7, 1, 'CrRendererMain'), task(0, 70)]);
    expect(scriptRuns).toBe(0);
    expect(tasks.map((t) => [t.durationMs, t.baylensMs])).toEqual([[70, 0]]);
  });
});
