import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { buildIndex } from '../kb/build';
import { IndexError } from '../kb/build/problems';
import type { KnowledgeBase } from '../kb/types';
import { Matcher } from '../match/matcher';
import { paragraphsOf, scanBlocks, type Block } from '../match/scan';
import { visibleText } from './html-text';
import { entriesOf } from '../match/mention';

const USAGE = 'usage: npm run --silent scan -- --json FILE | --entries | --figures';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(2);
}

/** Offsets as Unicode code points, so any language's string indexing agrees with them. */
function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (i) => i;
  const table = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) points++;
  }
  table[text.length] = points;
  return (i) => table[i]!;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? (error as Error).message})`);
  }
}

function scanFile(path: string, raw: string, index: KnowledgeBase) {
  const isHtml = /^\.html?$/i.test(extname(path));
  const { text, blocks }: { text: string; blocks: Block[] } = isHtml ? visibleText(raw) : { text: raw, blocks: paragraphsOf(raw) };
  const matcher = new Matcher(index.matcher);
  const { mentions, figures } = scanBlocks(text, blocks, matcher);
  const at = codePointOffsets(text);
  const entries = index.entries;
  const counts = new Map<number, number>();
  // An alias two entries share (declared in the data) counts for both.
  for (const m of mentions) for (const e of entriesOf(m)) counts.set(e, (counts.get(e) ?? 0) + 1);
  return {
    mentions: mentions.map((m) => ({ id: entries[m.entry]!.id, surface: text.slice(m.start, m.end), start: at(m.start), end: at(m.end) })),
    entities: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([entry, count]) => ({ id: entries[entry]!.id, name: entries[entry]!.names.en, kind: entries[entry]!.kind, count })),
    figures: figures.map((f) => {
      const figure = index.matcher.figures[f.figure]!;
      return {
        surface: text.slice(f.start, f.end),
        start: at(f.start),
        end: at(f.end),
        figure: figure.id,
        subject: entries[figure.subject]!.id,
        status: f.status,
      };
    }),
  };
}

function main(args: string[]) {
  const json = args.indexOf('--json');
  const wantsEntries = args.includes('--entries');
  const wantsFigures = args.includes('--figures');
  if (json === -1 && !wantsEntries && !wantsFigures) fail(USAGE);
  if (json !== -1 && !args[json + 1]) fail(`--json needs a FILE (${USAGE})`);
  const path = json !== -1 ? args[json + 1]! : null;
  const raw = path === null ? '' : readInput(path);
  let index: KnowledgeBase;
  try {
    index = buildIndex().index;
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    process.stderr.write(`scan: ${error.message}\n`);
    process.exit(1);
  }
  if (path !== null) {
    process.stdout.write(`${JSON.stringify(scanFile(path, raw, index))}\n`);
  } else if (wantsFigures) {
    const lines = index.figures.map((f) =>
      JSON.stringify({ id: f.id, subject: f.subject, value: f.value, unit: f.unit, asOf: f.asOf, source: f.source, passage: f.passage }),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } else {
    const lines = index.entries.map((e) =>
      JSON.stringify({ id: e.id, kind: e.kind, names: e.names, aliases: e.aliases, passages: e.passages.length }),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

main(process.argv.slice(2));
