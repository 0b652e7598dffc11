import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import type { Snippet } from '../../lib/snippets/schema';
import { random, seedsText } from './corpus';

const SITES = [
  'www.scmp.com',
  'www.gov.cn',
  'www.news.gov.hk',
  'www.macaodaily.com',
  'www.thestandard.com.hk',
  'www.yicai.com',
  'news.cgtn.com',
  'www.ft.com',
];
const TAGS = ['policy', 'figures', 'Hengqin', 'the Loop', 'finance', 'transport', 'to check', '税收', '人才', 'quote'];

/**
 * A reader's library of `count` snippets: sentences of the seed documents (English and
 * Chinese, as read), the entries the real matcher finds in them, a note on one in five and a
 * few tags, saved over two years. Deterministic, so every run measures the same library.
 */
export function syntheticLibrary(count: number): Snippet[] {
  const sentences = (
    seedsText() ??
    'The Guangdong-Macao In-Depth Cooperation Zone in Hengqin covers about 106 square kilometres. 横琴粤澳深度合作区面积约106平方公里。'
  )
    .split(/(?<=[.!?。！？])\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 40 && s.length <= 600);
  const { index } = buildIndex();
  const matcher = new Matcher(index.matcher);
  const next = random(20261122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.UTC(2024, 10, 1);
  const snippets: Snippet[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * sentences.length);
    const text = sentences.slice(at, at + 1 + Math.floor(next() * 3)).join(' ');
    const entries = [...new Set(matcher.findMentions(text).map((m) => index.entries[m.entry]!.id))];
    const site = pick(SITES);
    snippets.push({
      id: `bench-${i.toString(36)}`,
      text,
      context: {
        before: sentences[(at + sentences.length - 1) % sentences.length]!.slice(-200),
        after: sentences[(at + 3) % sentences.length]!.slice(0, 200),
      },
      page: {
        url: `https://${site}/news/${2024 + (i % 3)}/${(i * 7919) % 100000}.html`,
        title: `${pick(['Bay Area briefing', '大湾区观察', 'Macao economy', 'Hengqin update', '河套合作区'])} ${i % 500}`,
      },
      savedAt: new Date(start + Math.floor((i / count) * 730 * 864e5) + Math.floor(next() * 36e5)).toISOString(),
      entries,
      note: next() < 0.2 ? `Check this against ${pick(['the master plan', 'the 2024 figures', '统计年鉴', 'the source'])}` : '',
      tags: [...new Set([pick(TAGS), ...(next() < 0.5 ? [pick(TAGS)] : [])])],
    });
  }
  return snippets;
}
