import type { BrowserContext } from '@playwright/test';
import { waitForMark } from './wait-for-mark';

/** A main-thread task of 50 ms or more, and how much of it was Baylens' own code. */
export interface LongTask {
  /** From the first run of one of Baylens' content scripts (negative: before it). */
  startMs: number;
  durationMs: number;
  baylensMs: number;
  /** What took most of it: garbage collection, layout, paint, parsing or script. */
  mostly: string;
}

/** The kinds of work a task is made of, by the trace events that time them. */
const WORK: Record<string, string> = {
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  ParseHTML: 'HTML parsing',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  'v8.callFunction': 'script',
};

interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event (µs), where the trace records it. */
  tdur?: number;
  args?: {
    name?: string;
    fileName?: string;
    worldId?: number;
    data?: { url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

const LONG_US = 50_000;
/** Where the extension's content scripts are loaded from; the benchmark loads no other extension. */
const OUR_SCRIPT = /^chrome-extension:\/\/[a-p]{32}\/(content-script|early|card)\.js/;
/** The browser's answers to extension API calls (storage reads, messages): only Baylens makes them. */
const EXTENSION_REPLY = /^extensions\.mojom\./;

/**
 * The long tasks on every renderer main thread of a trace, each with the time Baylens' own code
 * ran in it: its content scripts' evaluation (with the microtasks that follow inside it), every
 * call into its isolated world (timers, messages, observers), and the browser's answers to its
 * extension API calls with the microtasks that run on them (a storage read's continuation, which
 * the trace does not tie to a world). Overlapping events are counted once. Also the main threads'
 * CPU time in all of that (`cpuMs`): steadier than its wall time on a busy machine, where the
 * thread waits its turn.
 */
export function longTasksWithShare(events: readonly TraceEvent[]): { tasks: LongTask[]; scriptRuns: number; cpuMs: number } {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  const runs = events.filter((e) => e.name === 'v8.run' && OUR_SCRIPT.test(e.args?.fileName ?? '') && onMain(e));
  const worlds = new Set(runs.map((e) => `${e.pid}:${e.args?.worldId}`));
  const replies = events.filter(
    (e) => e.name === 'Receive mojo reply' && onMain(e) && EXTENSION_REPLY.test(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? ''),
  );
  /**
   * Each reply with what follows it until the thread's next task begins: the rest of its task and
   * the microtask checkpoint the scheduler runs as that task ends (traced just after it).
   */
  const mainTasks = events.filter((t) => t.name === 'ThreadControllerImpl::RunTask' && onMain(t));
  const afterReplies = replies.map((reply) => {
    const next = mainTasks.filter((t) => t.pid === reply.pid && t.tid === reply.tid && t.ts > reply.ts);
    return { ...reply, dur: Math.min(Infinity, ...next.map((t) => t.ts)) - reply.ts };
  });
  const inside = (e: TraceEvent, t: TraceEvent) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0);
  const ours = [
    ...runs,
    ...replies,
    ...events.filter(
      (e) =>
        onMain(e) &&
        ((e.name === 'EvaluateScript' && OUR_SCRIPT.test(e.args?.data?.url ?? '')) ||
          (e.name === 'v8.callFunction' && worlds.has(`${e.pid}:${e.args?.worldId}`)) ||
          (e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && afterReplies.some((rest) => inside(e, rest)))),
    ),
  ];
  const first = Math.min(...runs.map((e) => e.ts));
  const tasks: LongTask[] = [];
  for (const task of events) {
    if (task.name !== 'ThreadControllerImpl::RunTask' || !onMain(task) || (task.dur ?? 0) < LONG_US) continue;
    const end = task.ts + task.dur!;
    const within = (e: TraceEvent) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end;
    const baylens = covered(ours.filter(within), end);
    const work = new Map<string, TraceEvent[]>();
    for (const e of events) {
      const kind = WORK[e.name];
      if (!kind || e.ph !== 'X' || !within(e)) continue;
      const list = work.get(kind);
      if (list) list.push(e);
      else work.set(kind, [e]);
    }
    let mostly = 'other';
    let most = 0;
    for (const [kind, list] of work) {
      const time = covered(list, end);
      if (time > most) [mostly, most] = [kind, time];
    }
    tasks.push({ mostly, startMs: (task.ts - first) / 1000, durationMs: task.dur! / 1000, baylensMs: baylens / 1000 });
  }
  return { tasks, scriptRuns: runs.length, cpuMs: outermostCpu(ours) / 1000 };
}

/** The CPU time (µs) of events not inside another of them on the same thread, so nothing counts twice. */
function outermostCpu(events: readonly TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let thread = NaN;
  let reached = -Infinity;
  for (const e of sorted) {
    if (e.tid !== thread) [thread, reached] = [e.tid, -Infinity];
    if (e.ts < reached) continue;
    if (e.tdur === undefined) throw new Error(`the trace has no CPU time for ${e.name} at ${e.ts} µs: trace with the v8 category`);
    total += e.tdur;
    reached = e.ts + (e.dur ?? 0);
  }
  return total;
}

/**
 * Loads a page in a fresh tab while tracing the browser, waits for Baylens' first scan and half
 * a second more, and returns the long tasks with Baylens' share of each, and Baylens' CPU time. A load in which the
 * trace shows none of Baylens' scripts running fails the run: the attribution would be empty.
 */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  scanTimeoutMs: number,
): Promise<{ tasks: LongTask[]; cpuMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,v8,devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await waitForMark(context, page, 'baylens:scan-done', scanTimeoutMs, cdp);
  await page.waitForTimeout(500);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const { tasks, scriptRuns, cpuMs } = longTasksWithShare(events);
  if (scriptRuns === 0) throw new Error(`the trace of ${url} shows no Baylens content script running`);
  return { tasks, cpuMs };
}

/** The time (µs) the events cover up to `end`, overlaps counted once. */
function covered(events: readonly TraceEvent[], end: number): number {
  const spans = events.map((e) => [e.ts, Math.min(end, e.ts + (e.dur ?? 0))] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [from, to] of spans) {
    const start = Math.max(from, reached);
    if (to > start) total += to - start;
    reached = Math.max(reached, to);
  }
  return total;
}
