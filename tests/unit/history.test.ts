import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countVisits, HISTORY_CAP, recordVisit, seenOf, type Shelves, type Visit } from '../../lib/history/visits';
import { HistoryStore } from '../../lib/store/history';

const empty = (): Shelves => ({ order: [], shelves: new Map() });
const visit = (n: number, entries = ['hengqin']): Visit => ({
  u: `https://news.example/${n}`,
  t: `Story ${n}`,
  a: Date.UTC(2026, 11, 1) + n * 60_000,
  e: entries,
});
const urls = (h: Shelves) => h.order.flatMap((n) => h.shelves.get(n)!.map((v) => v.u));

describe('the reading history', () => {
  it('keeps the last 5,000 page visits and forgets the oldest first', () => {
    const history = empty();
    for (let n = 1; n <= HISTORY_CAP + 3; n++) recordVisit(history, visit(n));
    expect(countVisits(history)).toBe(5_000);
    expect(urls(history)[0]).toBe('https://news.example/4');
    expect(urls(history).at(-1)).toBe('https://news.example/5003');
  });

  it('rewrites one shelf for a new visit, and drops a shelf once it is empty', () => {
    const history = empty();
    expect(recordVisit(history, visit(1), 4, 2)).toEqual({ written: [0], removed: [] });
    recordVisit(history, visit(2), 4, 2);
    expect(recordVisit(history, visit(3), 4, 2)).toEqual({ written: [1], removed: [] });
    recordVisit(history, visit(4), 4, 2);
    expect(recordVisit(history, visit(5), 4, 2)).toEqual({ written: [2, 0], removed: [] });
    expect(recordVisit(history, visit(6), 4, 2)).toEqual({ written: [2], removed: [0] });
    expect(urls(history)).toEqual([3, 4, 5, 6].map((n) => `https://news.example/${n}`));
  });

  it('a reload of the same page is one visit, with the entries of both', () => {
    const history = empty();
    recordVisit(history, visit(1, ['hengqin']));
    recordVisit(history, { ...visit(1, ['macao']), a: visit(1).a + 5_000 });
    expect(countVisits(history)).toBe(1);
    expect(history.shelves.get(0)![0]!.e).toEqual(['hengqin', 'macao']);
  });

  it('says on how many pages an entry was met, when last, and lists the last pages newest first', () => {
    const history = empty();
    recordVisit(history, visit(1, ['hengqin']));
    recordVisit(history, visit(2, ['macao']));
    recordVisit(history, visit(3, ['hengqin', 'macao']));
    recordVisit(history, visit(1, ['hengqin']));
    expect(seenOf(history, 'hengqin')).toEqual({
      pages: 2,
      last: visit(1).a,
      recent: [
        { url: 'https://news.example/1', title: 'Story 1', at: visit(1).a },
        { url: 'https://news.example/3', title: 'Story 3', at: visit(3).a },
      ],
    });
    expect(seenOf(history, 'nansha')).toBeNull();
  });
});

describe('the reading history in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('survives a new service worker, and clearing it leaves nothing behind', async () => {
    const store = new HistoryStore();
    for (let n = 1; n <= 501; n++) await store.record(visit(n));
    const again = new HistoryStore();
    expect((await again.seen('hengqin'))?.pages).toBe(501);
    expect(await again.metOn('https://news.example/7', 'hengqin')).toBe(true);
    expect(await again.metOn('https://news.example/7', 'macao')).toBe(false);
    await again.clear();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ history: { shelves: [] } });
    expect(await new HistoryStore().seen('hengqin')).toBeNull();
  });
});
