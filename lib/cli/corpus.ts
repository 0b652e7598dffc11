import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../kb/build';
import { CORPUS_DIR } from '../kb/build/checks';
import { Matcher } from '../match/matcher';
import { normalizeAlias } from '../match/normalize';
import { paragraphsOf, scanBlocks } from '../match/scan';
import { simplifiedForm as simplify } from '../kb/build/scripts';
import { entriesOf } from '../match/mention';

const USAGE = 'usage: npm run --silent corpus -- report [--corpus DIR] [--min-docs N] [--limit N] [--json]';

/** Endings that make a run of Chinese characters a name: places, bodies, works, schemes. */
const ZH_ENDINGS = [
  '合作区',
  '示范区',
  '新区',
  '片区',
  '园区',
  '产业园',
  '科学城',
  '口岸',
  '大桥',
  '通道',
  '隧道',
  '铁路',
  '城际',
  '高铁',
  '机场',
  '港区',
  '码头',
  '大学',
  '医院',
  '实验室',
  '研究院',
  '交易所',
  '银行',
  '集团',
  '公司',
  '委员会',
  '办公室',
  '管理局',
  '政府',
  '局',
  '署',
  '规划',
  '方案',
  '条例',
  '计划',
  '纲要',
  '政策',
  '大会',
  '博览会',
  '交易会',
  '论坛',
  '区',
  '市',
  '镇',
  '街道',
  '岛',
  '湾',
  '湖',
  '山',
];
const ZH_RUN = /[\u4e00-\u9fff]{2,12}/g;
/** English names: runs of capitalised words, with the small words names keep inside. */
const EN_NAME = /\b(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|and|the|for|de|da|do|in|on|&)[ \t]+)*){1,6}[A-Z][\w'’-]*/g;
/** Characters that begin no name: particles, measure words, "each", "but". */
const ZH_NOT_FIRST = /^[个多各但而的和在与及地了是将把被对从向这那其该本我你他她它们都也]/;
const EN_STOP = new Set([
  'References',
  'Category',
  'History',
  'See',
  'External',
  'Notes',
  'The',
  'This',
  'In',
  'On',
  'It',
  'He',
  'She',
  'They',
  'A',
  'An',
  'As',
  'At',
  'By',
  'For',
  'From',
  'If',
  'Of',
  'To',
  'With',
]);

interface Document {
  file: string;
  language: string;
  text: string;
}

interface Candidate {
  name: string;
  documents: Set<string>;
  count: number;
}

function readCorpus(dir: string): Document[] {
  const manifest = join(dir, 'manifest.tsv');
  if (!existsSync(manifest)) throw new Error(`no corpus at ${dir} (manifest.tsv is missing): pass --corpus DIR`);
  const rows = readFileSync(manifest, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  return rows.map(([file, language]) => {
    const raw = readFileSync(join(dir, file!), 'utf8');
    // The heading and the source line are not the document's text.
    const text = raw
      .split('\n')
      .filter((line) => !line.startsWith('# ') && !line.startsWith('> '))
      .join('\n');
    return { file: file!, language: language!, text };
  });
}

/** Character offsets covered by a mention, to leave names the index already matches out. */
function covered(text: string, spans: { start: number; end: number }[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const s of spans) mask.fill(1, s.start, s.end);
  return mask;
}

function addCandidate(into: Map<string, Candidate>, name: string, file: string): void {
  const key = normalizeAlias(simplify(name));
  const c = into.get(key) ?? { name: simplify(name), documents: new Set(), count: 0 };
  c.documents.add(file);
  c.count++;
  into.set(key, c);
}

/** Chinese names end with a name word; the longest such run that the index does not cover. */
function chineseCandidates(text: string, mask: Uint8Array, file: string, into: Map<string, Candidate>): void {
  for (const m of text.matchAll(ZH_RUN)) {
    const run = m[0];
    for (let end = run.length; end >= 2; end--) {
      const ending = ZH_ENDINGS.find((e) => run.slice(0, end).endsWith(e));
      if (!ending) continue;
      // The shortest name that ends here and starts after anything the index covers.
      for (let start = Math.max(0, end - 10); start <= end - ending.length - 1; start++) {
        const from = m.index + start;
        if (mask.subarray(from, m.index + end).some((v) => v === 1)) continue;
        const name = run.slice(start, end);
        if (name.length >= 3 && !ZH_NOT_FIRST.test(name)) addCandidate(into, name, file);
        break;
      }
      break;
    }
  }
}

function englishCandidates(text: string, mask: Uint8Array, file: string, into: Map<string, Candidate>): void {
  for (const m of text.matchAll(EN_NAME)) {
    const words = m[0].split(/\s+/);
    while (words.length && EN_STOP.has(words[0]!)) words.shift();
    if (words.length < 2) continue;
    const name = words.join(' ');
    const from = m.index + m[0].length - name.length;
    if (mask.subarray(from, from + name.length).some((v) => v === 1)) continue;
    addCandidate(into, name, file);
  }
}

/**
 * `npm run corpus -- report`: how much of the corpus the index recognises, and the names that
 * occur in several documents but match no entry: candidates for new entries or aliases. It
 * proposes; a person decides.
 */
function main(args: string[]): void {
  if (args[0] !== 'report') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const option = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
  const dir = option('--corpus', CORPUS_DIR);
  const minDocs = Number(option('--min-docs', '2'));
  const limit = Number(option('--limit', '60'));
  const documents = readCorpus(dir);
  const { index } = buildIndex();
  const matcher = new Matcher(index.matcher);
  const entryDocs = new Map<string, Set<string>>();
  const candidates = new Map<string, Candidate>();
  let withEntries = 0;
  for (const doc of documents) {
    const { mentions } = scanBlocks(doc.text, paragraphsOf(doc.text), matcher);
    if (mentions.length > 0) withEntries++;
    for (const m of mentions) {
      for (const e of entriesOf(m)) {
        const id = index.entries[e]!.id;
        (entryDocs.get(id) ?? entryDocs.set(id, new Set()).get(id)!).add(doc.file);
      }
    }
    const mask = covered(doc.text, mentions);
    if (doc.language === 'en') englishCandidates(doc.text, mask, doc.file, candidates);
    else chineseCandidates(doc.text, mask, doc.file, candidates);
  }
  const frequent = [...candidates.values()]
    .filter((c) => c.documents.size >= minDocs)
    .sort((a, b) => b.documents.size - a.documents.size || b.count - a.count);
  const summary = {
    documents: documents.length,
    documentsWithEntries: withEntries,
    entries: index.entries.length,
    entriesFoundInCorpus: entryDocs.size,
    entriesInTwoOrMoreDocuments: [...entryDocs.values()].filter((d) => d.size >= 2).length,
    unmatchedCandidates: frequent.length,
  };
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ summary, candidates: frequent.slice(0, limit).map((c) => ({ name: c.name, documents: c.documents.size, count: c.count, example: [...c.documents][0] })) })}\n`,
    );
    return;
  }
  console.log(`Corpus: ${summary.documents} documents, ${summary.documentsWithEntries} with at least one entry.`);
  console.log(
    `Index: ${summary.entries} entries, ${summary.entriesFoundInCorpus} found in the corpus (${summary.entriesInTwoOrMoreDocuments} in two or more documents).`,
  );
  console.log(
    `Names in ${minDocs} or more documents that match no entry: ${summary.unmatchedCandidates} (the first ${Math.min(limit, frequent.length)} below).`,
  );
  console.log('');
  console.log('| documents | times | name | e.g. in |');
  console.log('|---:|---:|---|---|');
  for (const c of frequent.slice(0, limit)) console.log(`| ${c.documents.size} | ${c.count} | ${c.name} | ${[...c.documents][0]} |`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`corpus: ${(error as Error).message}\n`);
  process.exit(1);
}
