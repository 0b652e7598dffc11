import { existsSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import type { SnippetBenchRow } from './snippets.bench';
import { syntheticLibrary } from './snippets-library';

/** In the panel: time from typing to the list showing the results, and painting. */
const timeSearch = async (query: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
  const count = document.querySelector('.count')!;
  const before = count.textContent;
  const t0 = performance.now();
  const changed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
    observer.observe(count, { childList: true, characterData: true, subtree: true });
    setTimeout(resolve, 2000);
  });
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (count.textContent === before) await changed;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return { ms: performance.now() - t0, shown: count.textContent ?? '' };
};

/** Scrolls the list through `steps` frames of `step` pixels and reports the frame times. */
const timeScroll = async ({ steps, step }: { steps: number; step: number }) => {
  const scroller = document.querySelector<HTMLElement>('.window-scroller')!;
  const frames: number[] = [];
  let rows = 0;
  let last = performance.now();
  for (let i = 0; i < steps; i++) {
    scroller.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
    rows = Math.max(rows, document.querySelectorAll('.window-row').length);
  }
  frames.sort((a, b) => a - b);
  return {
    median: frames[frames.length >> 1]!,
    p95: frames[Math.floor(frames.length * 0.95)]!,
    max: frames[frames.length - 1]!,
    rows,
    top: scroller.scrollTop,
  };
};

/**
 * The side panel of the built extension in Chromium with 10,000 snippets: opening it, searching
 * as you type and scrolling. Skipped where the build or the browser is missing.
 */
export async function runSnippetsPanelBench(log: (line: string) => void, count = 10_000): Promise<SnippetBenchRow[]> {
  if (!existsSync(EXTENSION_DIR) || !existsSync(CHROMIUM)) {
    log('(skipped the side panel in Chromium: build the extension and install Chromium first)');
    return [];
  }
  const rows: SnippetBenchRow[] = [];
  const { context, close } = await launchWithExtension();
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    const url = `chrome-extension://${id}/sidepanel.html`;
    await panel.goto(url);
    const imported = await panel.evaluate(
      async (json) => {
        const snippets = JSON.parse(json);
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'snippets:import', snippets });
        return performance.now() - t0;
      },
      JSON.stringify(syntheticLibrary(count)),
    );
    rows.push({ step: 'panel: import 10,000 snippets (background validates, merges, stores)', ms: imported, note: '' });
    const firstView: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t1 = performance.now();
      await panel.goto(url);
      await panel.locator('article').first().waitFor();
      firstView.push(performance.now() - t1);
      await panel.getByText(`${count.toLocaleString('en-US')} snippets`).waitFor();
      whole.push(performance.now() - t1);
    }
    const median = (list: number[]) => list.sort((a, b) => a - b)[1]!;
    rows.push({ step: 'panel: open until the newest snippets show', ms: median(firstView), note: 'median of 3' });
    rows.push({ step: 'panel: open until all 10,000 are read and counted', ms: median(whole), note: 'median of 3' });
    const cold = await panel.evaluate(timeSearch, 'h');
    rows.push({
      step: 'panel: first keystroke the moment the list is complete',
      ms: cold.ms,
      note: 'folds any snippets not yet folded in idle time',
    });
    await panel.goto(url);
    await panel.getByText(`${count.toLocaleString('en-US')} snippets`).waitFor();
    await panel.waitForTimeout(1500);
    for (const query of ['h', 'he', 'hen', 'heng', '橫琴', 'cooperation zone']) {
      const { ms, shown } = await panel.evaluate(timeSearch, query);
      rows.push({ step: `panel: type "${query}" until the list shows it`, ms, note: shown.replace(' snippets', ' shown') });
    }
    await panel.evaluate(timeSearch, '');
    const scroll = await panel.evaluate(timeScroll, { steps: 240, step: 400 });
    rows.push({
      step: 'panel: scroll 240 frames of 400 px, median frame',
      ms: scroll.median,
      note: `p95 ${scroll.p95.toFixed(1)} ms, longest ${scroll.max.toFixed(1)} ms; at most ${scroll.rows} rows in the page`,
    });
  } finally {
    await close();
  }
  return rows;
}
