import AhoCorasick from 'modern-ahocorasick';
import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import { packMatcher } from '../../lib/match/build-tables';
import { normalizeAlias } from '../../lib/match/normalize';
import type { MatcherData } from '../../lib/match/types';
import { pagesText, seedsText, syntheticAliases } from './corpus';
import { fmt, measure, megabytesPerSecond } from './measure';

/** The RegExp a developer would write first: every alias in one case-insensitive alternation. */
function combinedRegExp(aliases: string[]): RegExp {
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'gi');
}

function countRegExp(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Slices of the text of about `size` characters, to bound the slow reference. */
function slice(text: string, size: number): string {
  return text.slice(0, size);
}

export interface MatcherBenchRow {
  corpus: string;
  dictionary: string;
  engine: string;
  megabytes: number;
  mbPerSecond: number;
  matches: number;
}

export function runMatcherBench(log: (line: string) => void): MatcherBenchRow[] {
  const rows: MatcherBenchRow[] = [];
  const t0 = performance.now();
  const { index } = buildIndex();
  const compileMs = performance.now() - t0;
  const buildMs = measure(() => new Matcher(index.matcher), 5, 200);
  log(
    `Index: ${index.entries.length} entries, ${index.matcher.automaton.patterns} aliases; compile ${fmt(compileMs, 0)} ms, matcher construction ${fmt(buildMs, 2)} ms`,
  );

  const realAliases = index.entries.flatMap((e) => [e.names.en, e.names['zh-Hans'], e.names['zh-Hant'], ...e.aliases]);
  const synthetic = syntheticAliases(10_000);
  const syntheticData: MatcherData = packMatcher(
    '',
    [{ id: 'synthetic', kind: 'place' }],
    [...new Set(synthetic.map((a) => normalizeAlias(a)))].map((text) => ({ text, targets: [0] })),
    [],
  );
  const dictionaries = [
    { name: `real index (${realAliases.length} aliases)`, matcher: new Matcher(index.matcher), aliases: realAliases },
    { name: `synthetic (${synthetic.length} aliases)`, matcher: new Matcher(syntheticData), aliases: synthetic },
  ];

  const corpora = [
    { name: 'shared/pages (47 pages)', text: pagesText() },
    { name: 'seeds (5 documents)', text: seedsText() },
  ];
  for (const corpus of corpora) {
    if (!corpus.text) {
      log(`(skipped ${corpus.name}: folder not found)`);
      continue;
    }
    const text = corpus.text;
    const mb = Buffer.byteLength(text, 'utf8') / 1e6;
    for (const dict of dictionaries) {
      const add = (engine: string, input: string, run: () => number) => {
        let matches = 0;
        const ms = measure(() => (matches = run()), 3, 300);
        rows.push({
          corpus: corpus.name,
          dictionary: dict.name,
          engine,
          megabytes: Buffer.byteLength(input, 'utf8') / 1e6,
          mbPerSecond: megabytesPerSecond(input, ms),
          matches,
        });
      };
      add('Baylens matcher', text, () => dict.matcher.findMentions(text).length);
      const re = combinedRegExp(dict.aliases);
      add('one combined RegExp', text, () => countRegExp(re, text));
      // modern-ahocorasick grows faster than linearly on this text: bounded input.
      const ac = new AhoCorasick(dict.aliases.map((a) => a.toLowerCase()));
      const small = slice(text, 20_000);
      add('modern-ahocorasick 3.3 (first 20k chars)', small, () => ac.search(small.toLowerCase()).length);
    }
    log(`Corpus ${corpus.name}: ${fmt(mb, 2)} MB of text`);
  }
  const base = corpora.map((c) => c.text ?? '').join('\n\n');
  if (base) {
    const matcher = dictionaries[0]!.matcher;
    const cells = [1, 2, 4, 8].map((times) => {
      const text = Array.from({ length: times }, () => base).join('\n\n');
      const ms = measure(() => matcher.findMentions(text), 3, 300);
      return `${fmt(Buffer.byteLength(text, 'utf8') / 1e6, 2)} MB: ${fmt(ms, 1)} ms`;
    });
    log(`Linear in the text (real index): ${cells.join(' · ')}`);
  }
  return rows;
}
