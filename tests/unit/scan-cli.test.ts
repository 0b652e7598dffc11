import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The passages the index quotes from the seed paper on the Hengqin zone, one per paragraph. */
const SEED = fileURLToPath(new URL('../fixtures/hengqin-paper-passages.txt', import.meta.url));
const CHINESE_PAGE = fileURLToPath(new URL('../fixtures/chinese-news.html', import.meta.url));

/** Runs the CLI exactly as other tools do: `npm run --silent scan -- …`. */
function scan(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'scan', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface ScanOutput {
  mentions: { id: string; surface: string; start: number; end: number }[];
  entities: { id: string; name: string; kind: string; count: number }[];
  figures: { surface: string; start: number; end: number; figure: string; subject: string; status: string }[];
}

describe('scan --json FILE', () => {
  it('prints one JSON object with mentions, entities and linked figures of a text file', () => {
    const { status, stdout } = scan('--json', SEED);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout) as ScanOutput;
    expect(Object.keys(out)).toEqual(['mentions', 'entities', 'figures']);
    const text = readFileSync(SEED, 'utf8');
    for (const m of out.mentions) {
      expect(Object.keys(m)).toEqual(['id', 'surface', 'start', 'end']);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(out.mentions.map((m) => m.id)).toContain('hengqin-cooperation-zone');
    const counts = out.entities.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(out.mentions.length);
    expect(out.entities[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      kind: expect.any(String),
      count: expect.any(Number),
    });
    expect(out.figures).toContainEqual({
      surface: '106 square kilometers',
      start: expect.any(Number),
      end: expect.any(Number),
      figure: 'hengqin-zone-area',
      subject: 'hengqin-cooperation-zone',
      status: 'match',
    });
    for (const f of out.figures) expect(text.slice(f.start, f.end)).toBe(f.surface);
  });

  it('reads only the visible text of an HTML file and reports a differing number as a mismatch', () => {
    const { status, stdout } = scan('--json', CHINESE_PAGE);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as ScanOutput;
    expect(out.mentions.map((m) => [m.id, m.surface])).toEqual([
      ['gba', '大湾区'],
      ['hengqin-cooperation-zone', '横琴粤澳深度合作区'],
      ['macao', '澳门'],
      ['hetao-cooperation-zone', '河套深港科技创新合作区'],
      ['hzmb', '港珠澳大橋'],
      ['hong-kong', '香港'],
    ]);
    expect(out.figures.map((f) => [f.surface, f.figure, f.status])).toEqual([
      ['106平方公里', 'hengqin-zone-area', 'match'],
      ['18.6%', 'macao-gaming-employment-share', 'match'],
      ['5平方公里', 'hetao-zone-area', 'mismatch'],
    ]);
  });

  it('fails a missing file with one line and exit code 2', () => {
    const { status, stdout, stderr } = scan('--json', '/no/such/file.html');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter((l) => l.startsWith('scan:'))).toEqual(['scan: no such file: /no/such/file.html']);
  });

  it('fails an unreadable path with exit code 2', () => {
    expect(scan('--json', ROOT).status).toBe(2);
  });
});

describe('scan --entries', () => {
  it('prints every entry, one JSON object a line', () => {
    const { status, stdout } = scan('--entries');
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(97);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'kind', 'names', 'aliases', 'passages']);
      expect(Object.keys(line.names)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
      expect(Array.isArray(line.aliases)).toBe(true);
      expect(Number.isInteger(line.passages)).toBe(true);
    }
    const zone = lines.find((l) => l.id === 'hengqin-cooperation-zone');
    expect(zone.names['zh-Hant']).toBe('橫琴粵澳深度合作區');
    expect(zone.passages).toBeGreaterThan(10);
  });
});
