import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/kb/build/compile';
import { loadData } from '../../lib/kb/build/load';
import type { Figure, Source } from '../../lib/kb/schema';
import { dataSet, entry, sampleEntries } from './fixture-index';

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the build to fail');
}

const source: Source = {
  id: 'paper',
  title: 'A paper',
  date: '2024',
  language: 'en',
  kind: 'paper',
  rights: 'quotation-with-citation',
  passages: [{ id: 'p1', text: 'Macao had 383,000 workers in 2024.' }],
};
const figure: Figure = {
  id: 'macao-labour',
  subject: 'macao',
  measure: 'Labour force',
  value: 383000,
  unit: 'count',
  asOf: '2024',
  source: 'paper',
  passage: 'p1',
  stated: '383,000',
  cues: ['workers'],
};

describe('index build errors name the file, the entry and the problem', () => {
  it('an unknown relation target', () => {
    const entries = [...sampleEntries, entry({ id: 'nansha-port', relations: [{ type: 'located-in', target: 'nansah' }] })];
    expect(problemOf(() => compileIndex(dataSet({ entries })))).toContain(
      'data/entries/test.yaml: entry "nansha-port": unknown relation target "nansah" (located-in)',
    );
  });

  it('a duplicate id', () => {
    const entries = [...sampleEntries, entry({ id: 'macao', names: { en: 'Aomen', 'zh-Hans': '澳门特区' } })];
    expect(problemOf(() => compileIndex(dataSet({ entries })))).toContain('data/entries/test.yaml: entry "macao": duplicate id');
  });

  it('an alias claimed by two entries', () => {
    const entries = [...sampleEntries, entry({ id: 'macao-peninsula', aliases: ['Macau'] })];
    expect(problemOf(() => compileIndex(dataSet({ entries })))).toContain('alias "Macau" is claimed by "macao" and "macao-peninsula"');
  });

  it('the same alias in the other script is a clash too', () => {
    const entries = [...sampleEntries, entry({ id: 'macao-peninsula', aliases: ['澳門'] })];
    expect(problemOf(() => compileIndex(dataSet({ entries })))).toMatch(/alias "澳[门門]" is claimed by "macao" and "macao-peninsula"/);
  });

  it('but an alias declared shared by both entries is allowed, and reports both', () => {
    const entries = [
      entry({ id: 'lingnan-tong-octopus', sharedAliases: ['Lingnan Tong'] }),
      entry({ id: 'lingnan-tong-macau-pass', sharedAliases: ['Lingnan Tong'] }),
    ];
    const { patterns } = compileIndex(dataSet({ entries }));
    const pattern = patterns.find((p) => p.text === 'lingnan tong');
    expect(pattern?.targets).toEqual([0, 1]);
  });

  it('a figure whose passage lacks its number', () => {
    const wrong = { ...figure, stated: '380,000', value: 380000 };
    expect(problemOf(() => compileIndex(dataSet({ entries: sampleEntries, sources: [source], figures: [wrong] })))).toContain(
      'data/figures/test.yaml: figure "macao-labour": passage paper/p1 does not contain its number "380,000"',
    );
  });

  it('a figure whose value disagrees with the number it states', () => {
    const wrong = { ...figure, value: 38300 };
    expect(problemOf(() => compileIndex(dataSet({ entries: sampleEntries, sources: [source], figures: [wrong] })))).toContain(
      'figure "macao-labour": stated "383,000" reads as 383000, not 38300',
    );
  });

  it('a figure citing a passage that does not exist', () => {
    const wrong = { ...figure, passage: 'p9' };
    expect(problemOf(() => compileIndex(dataSet({ entries: sampleEntries, sources: [source], figures: [wrong] })))).toContain(
      'figure "macao-labour": source "paper" has no passage "p9"',
    );
  });

  it('a bare count without cue words', () => {
    const wrong = { ...figure, cues: [] };
    expect(problemOf(() => compileIndex(dataSet({ entries: sampleEntries, sources: [source], figures: [wrong] })))).toContain(
      'figure "macao-labour": a bare count needs cues',
    );
  });

  it('an exclusion that contains no alias of the entry it shadows', () => {
    const exclusions = [{ text: '珠江', shadows: 'nansha', note: 'Pearl River.' }];
    expect(problemOf(() => compileIndex(dataSet({ entries: sampleEntries, exclusions })))).toContain(
      'data/exclusions.yaml: exclusion "珠江": contains no alias of "nansha"',
    );
  });

  it('lists every problem at once', () => {
    const entries = [
      ...sampleEntries,
      entry({ id: 'a', relations: [{ type: 'part-of', target: 'x' }] }),
      entry({ id: 'b', relations: [{ type: 'part-of', target: 'y' }] }),
    ];
    expect(problemOf(() => compileIndex(dataSet({ entries })))).toMatch(/^The index has 2 problems:/);
  });
});

describe('data files that do not fit the schema', () => {
  function dataDir(files: Record<string, string>): string {
    const root = join(mkdtempSync(join(tmpdir(), 'baylens-data-')), 'data');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return root;
  }

  it('names the file and the entry of a malformed entry', () => {
    const root = dataDir({
      'entries/places.yaml': '- id: macao\n  kind: city\n  names: { en: Macao, zh-Hans: 澳门 }\n  description: A city.\n',
    });
    expect(problemOf(() => loadData(root))).toContain('data/entries/places.yaml: entry "macao": kind: Invalid option');
  });

  it('names the entry by position when it has no usable id', () => {
    const root = dataDir({
      'entries/places.yaml': '- id: Macao City\n  kind: place\n  names: { en: Macao, zh-Hans: 澳门 }\n  description: x\n',
    });
    expect(problemOf(() => loadData(root))).toContain('data/entries/places.yaml: entry "Macao City": id: must be kebab-case');
  });

  it('reports a YAML syntax error with its line', () => {
    const root = dataDir({ 'entries/zones.yaml': '- id: nansha\n  kind: zone\n names: [\n' });
    expect(problemOf(() => loadData(root))).toMatch(/data\/entries\/zones\.yaml: not valid YAML \(line \d+\)/);
  });

  it('requires a list in an entries file', () => {
    const root = dataDir({ 'entries/zones.yaml': 'id: nansha\n' });
    expect(problemOf(() => loadData(root))).toContain('data/entries/zones.yaml: must be a YAML list of entry items');
  });
});
