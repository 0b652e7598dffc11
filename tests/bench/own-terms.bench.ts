import { buildIndex } from '../../lib/kb/build';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';
import { HISTORY_CAP, recordVisit, seenOf, SHELF_SIZE, type Shelves, type Visit } from '../../lib/history/visits';
import { Matcher } from '../../lib/match/matcher';
import { NameFolder } from '../../lib/own-terms/fold';
import { ownMatcherData } from '../../lib/own-terms/matcher';
import type { OwnTerm } from '../../lib/own-terms/schema';
import { random } from './corpus';
import { fmt, measure } from './measure';

const SUFFIXES: [string, string][] = [
  ['Fund', '基金'],
  ['Lab', '实验室'],
  ['Alliance', '联盟'],
  ['Forum', '论坛'],
  ['Park', '园区'],
];

/**
 * Own terms as a reader would keep them: names of things near the index's entries (a fund of
 * a zone, a lab in a city), each with an English name, a Chinese one and an abbreviation.
 */
function readerTerms(count: number): OwnTerm[] {
  const { index } = buildIndex();
  const terms: OwnTerm[] = [];
  for (let i = 0; terms.length < count; i++) {
    const entry = index.entries[i % index.entries.length]!;
    const [en, zh] = SUFFIXES[Math.floor(i / index.entries.length) % SUFFIXES.length]!;
    const round = Math.floor(i / (index.entries.length * SUFFIXES.length));
    const tag = round ? ` ${round + 1}` : '';
    terms.push({
      id: `own-${i}`,
      names: [
        `${entry.names.en} ${en}${tag}`,
        `${entry.names['zh-Hans']}${zh}${tag}`,
        `${entry.names.en.replace(/[^A-Z]/g, '')}${en[0]}X${i}`,
      ],
      kind: entry.kind,
      note: '',
      links: [entry.id],
      createdAt: '2026-12-01T00:00:00.000Z',
      editedAt: '2026-12-01T00:00:00.000Z',
    });
  }
  return terms;
}

export interface OwnTermsBenchRow {
  terms: number;
  patterns: number;
  rebuildMs: number;
  prepareMs: number;
  tablesKb: number;
}

/** The own-terms matcher rebuilt after one term is added to lists of growing size. */
export function runOwnTermsBench(log: (line: string) => void): OwnTermsBenchRow[] {
  const folder = new NameFolder(simplifiedPairs());
  const all = readerTerms(2_001);
  const rows: OwnTermsBenchRow[] = [];
  for (const count of [1, 10, 100, 1_000, 2_000]) {
    const terms = all.slice(0, count + 1);
    let data = ownMatcherData(terms, folder)!;
    const rebuildMs = measure(() => (data = ownMatcherData(terms, folder)!));
    const prepareMs = measure(() => new Matcher(data));
    rows.push({ terms: count, patterns: data.automaton.patterns, rebuildMs, prepareMs, tablesKb: JSON.stringify(data).length / 1024 });
  }
  log(
    '| own terms before the new one | patterns | rebuild the tables (background) | prepare the matcher (each tab) | tables sent to a tab |',
  );
  log('|---:|---:|---:|---:|---:|');
  for (const r of rows)
    log(
      `| ${r.terms.toLocaleString('en-US')} | ${r.patterns.toLocaleString('en-US')} | ${fmt(r.rebuildMs, 2)} ms | ${fmt(r.prepareMs, 2)} ms | ${fmt(r.tablesKb, 1)} kB |`,
    );
  return rows;
}

/** Page visits as a reader's history holds them: news addresses and titles, the entries met. */
function readerVisits(count: number): Visit[] {
  const { index } = buildIndex();
  const next = random(20261202);
  const sections = ['china', 'business', 'hong-kong', 'economy', 'macau', 'greater-bay-area', 'opinion'];
  const sites = [
    'www.scmp.com',
    'www.chinadaily.com.cn',
    'news.cctv.com',
    'www.hk01.com',
    'www.macaubusiness.com',
    'www.thestandard.com.hk',
  ];
  const titles = index.sources.flatMap((s) => s.passages.map((p) => p.text.replace(/\s+/g, ' ').slice(0, 40 + Math.floor(next() * 50))));
  const ids = index.entries.map((e) => e.id);
  return Array.from({ length: count }, (_, i) => {
    const words = titles[Math.floor(next() * titles.length)]!;
    const slug =
      words
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 70) || `story-${i}`;
    const met = Math.floor(next() * next() * 20) + 1;
    return {
      u: `https://${sites[i % sites.length]}/${sections[i % sections.length]}/article/${3_200_000 + i}/${slug}`,
      t: words,
      a: Date.UTC(2025, 0, 1) + i * 3_600_000,
      e: [...new Set(Array.from({ length: met }, () => ids[Math.floor(next() ** 2 * ids.length)]!))],
    };
  });
}

/** Bytes the browser counts for a stored item: its key and its JSON text (UTF-8). */
function storedBytes(key: string, value: unknown): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));
}

export interface HistoryBenchRow {
  step: string;
  value: string;
}

/** The history at its cap: its size in storage, and the cost of a visit and of a card's question. */
export function runHistoryBench(log: (line: string) => void): HistoryBenchRow[] {
  const visits = readerVisits(HISTORY_CAP + 200);
  const history: Shelves = { order: [], shelves: new Map() };
  for (const v of visits.slice(0, HISTORY_CAP)) recordVisit(history, v);
  const bytes = history.order.reduce(
    (n, s) => n + storedBytes(`history-${s}`, history.shelves.get(s)),
    storedBytes('history', { shelves: history.order }),
  );
  const entriesPerVisit = visits.slice(0, HISTORY_CAP).reduce((n, v) => n + v.e.length, 0) / HISTORY_CAP;
  let at = HISTORY_CAP;
  let written = 0;
  const recordMs = measure(() => {
    const change = recordVisit(history, visits[at++ % visits.length]!);
    written = change.written.reduce((n, s) => n + storedBytes(`history-${s}`, history.shelves.get(s)), 0);
  });
  const popular = visits[0]!.e[0]!;
  const seenMs = measure(() => seenOf(history, popular));
  const rows: HistoryBenchRow[] = [
    {
      step: `stored size at the cap (${HISTORY_CAP.toLocaleString('en-US')} visits, ${fmt(entriesPerVisit, 1)} entries each on average, ${history.order.length} shelves of ${SHELF_SIZE})`,
      value: `${fmt(bytes / 1024 / 1024, 2)} MB`,
    },
    { step: 'bytes per visit', value: fmt(bytes / HISTORY_CAP, 0) },
    {
      step: 'record one visit at the cap (in memory) and the shelves it rewrites',
      value: `${fmt(recordMs, 2)} ms, ${fmt(written / 1024, 0)} kB written`,
    },
    {
      step: `"seen on …" for an entry met on ${seenOf(history, popular)!.pages.toLocaleString('en-US')} pages`,
      value: `${fmt(seenMs, 2)} ms`,
    },
  ];
  log('| reading history | |');
  log('|---|---:|');
  for (const r of rows) log(`| ${r.step} | ${r.value} |`);
  return rows;
}
