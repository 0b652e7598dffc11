import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../lib/kb/build';
import { SAVED_PAGES_DIR } from '../../lib/cli/static-server';
import { visibleText } from '../../lib/cli/html-text';

/** Visible text of every saved real page (tests/fixtures/pages). */
export function pagesText(): string {
  return readdirSync(SAVED_PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => visibleText(readFileSync(join(SAVED_PAGES_DIR, name), 'utf8')).text)
    .join('\n\n');
}

/** The passages of the five seed documents, as the index quotes them. */
export function seedsText(): string {
  const seeds = [
    'gba-business-conference-2023',
    'gba-construction-progress-2023',
    'gba-rule-connection-cases-2025',
    'hengqin-institutional-opening-paper',
    'yicai-hengqin-bottlenecks',
  ];
  return buildIndex()
    .index.sources.filter((s) => seeds.includes(s.id))
    .flatMap((s) => s.passages.map((p) => p.text))
    .join('\n\n');
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same dictionary. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 0x100000000;
  };
}

const SYLLABLES = [
  'an',
  'bei',
  'chen',
  'dong',
  'feng',
  'guang',
  'hai',
  'heng',
  'jiang',
  'kong',
  'lin',
  'ma',
  'nan',
  'qian',
  'sha',
  'shen',
  'tai',
  'wan',
  'xin',
  'yang',
  'zhou',
  'zhu',
  'ao',
  'men',
  'qin',
  'hua',
];
const WORDS = [
  'Port',
  'Zone',
  'Bridge',
  'Park',
  'Centre',
  'Fund',
  'Plan',
  'Council',
  'Bureau',
  'Connect',
  'Railway',
  'Institute',
  'Exchange',
  'Laboratory',
];
const HAN =
  '港珠澳大桥横琴粤深度合作区前海南沙河套广州深圳佛山东莞惠州中山江门肇庆科技创新金融发展规划委员会研究院实验室交易所铁路口岸新城国际贸易中心产业园';

/** A synthetic dictionary of `count` aliases, half Latin names and half Chinese names. */
export function syntheticAliases(count: number): string[] {
  const next = random(20261122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const aliases = new Set<string>();
  while (aliases.size < count) {
    if (aliases.size % 2 === 0) {
      const name = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
      aliases.add(`${name[0]!.toUpperCase()}${name.slice(1)} ${pick(WORDS)}`);
    } else {
      aliases.add(Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick([...HAN])).join(''));
    }
  }
  return [...aliases];
}
