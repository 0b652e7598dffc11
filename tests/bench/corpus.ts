import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visibleText } from '../../lib/cli/html-text';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Visible text of every saved page in ../shared/pages, or null where that folder is absent. */
export function pagesText(): string | null {
  const dir = join(SHARED, 'pages');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => visibleText(readFileSync(join(dir, name), 'utf8')).text)
    .join('\n\n');
}

/** The seed documents as plain text, or null where they are absent. */
export function seedsText(): string | null {
  const dir = join(SHARED, 'seeds');
  if (!existsSync(dir)) return null;
  return readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).join('\n\n');
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same dictionary. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 0x100000000;
  };
}

const SYLLABLES = ['an', 'bei', 'chen', 'dong', 'feng', 'guang', 'hai', 'heng', 'jiang', 'kong', 'lin', 'ma', 'nan', 'qian', 'sha', 'shen', 'tai', 'wan', 'xin', 'yang', 'zhou', 'zhu', 'ao', 'men', 'qin', 'hua'];
const WORDS = ['Port', 'Zone', 'Bridge', 'Park', 'Centre', 'Fund', 'Plan', 'Council', 'Bureau', 'Connect', 'Railway', 'Institute', 'Exchange', 'Laboratory'];
const HAN = '港珠澳大桥横琴粤深度合作区前海南沙河套广州深圳佛山东莞惠州中山江门肇庆科技创新金融发展规划委员会研究院实验室交易所铁路口岸新城国际贸易中心产业园';

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
