import { Matcher } from '../../match/matcher';
import { packMatcher } from '../../match/build-tables';
import { isAcronym, normalizeAlias } from '../../match/normalize';
import { findNumbers, narrowDigits, sameQuantity } from '../../match/numbers';
import { linkFigures } from '../../match/figures';
import { scanBlocks } from '../../match/scan';
import type { AmbiguityData, FigureData, MatcherData, PatternData } from '../../match/types';
import { checkGroupings, checkSources } from './checks';
import type { DataSet, Located } from './load';
import { IndexError, type Problem } from './problems';
import type { Entry } from '../schema';
import { matchForm, scriptVariants, simplifiedPairsFor, traditionalName } from './scripts';
import type { KbEntry, KbFigure, KnowledgeBase, PassageLink } from '../types';
import { entriesOf } from '../../match/mention';

export interface CompileResult {
  index: KnowledgeBase;
  /** Not errors, but worth a look: entries found in no passage, figures not found in theirs. */
  warnings: string[];
  /** Every folded alias and exclusion, before compilation into the automaton (build and tests only). */
  patterns: PatternData[];
}

interface Claim {
  entry: number;
  file: string;
  form: string;
  exact?: string;
  shared: boolean;
}

function duplicates<T>(items: Located<T>[], key: (item: T) => string, kind: string, problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const { file, item } of items) {
    const id = key(item);
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file, item: `${kind} "${id}"`, message: `duplicate id (also in ${first})` });
    else seen.set(id, file);
  }
}

/**
 * Validates the data as a whole (ids, relations, aliases, figures against their passages)
 * and compiles the index the extension ships. Throws IndexError listing every problem.
 */
export function compileIndex(data: DataSet): CompileResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  duplicates(data.entries, (e) => e.id, 'entry', problems);
  duplicates(data.sources, (s) => s.id, 'source', problems);
  duplicates(data.figures, (f) => f.id, 'figure', problems);

  const entryIndex = new Map(data.entries.map(({ item }, i) => [item.id, i]));
  const sources = new Map(data.sources.map(({ item }) => [item.id, item]));
  for (const { file, item } of data.sources) {
    duplicates(
      item.passages.map((p) => ({ file, item: p })),
      (p) => p.id,
      `source "${item.id}": passage`,
      problems,
    );
  }

  // Relations.
  for (const { file, item } of data.entries) {
    for (const relation of item.relations) {
      if (relation.target === item.id) {
        problems.push({ file, item: `entry "${item.id}"`, message: `relation ${relation.type} points to itself` });
      } else if (!entryIndex.has(relation.target)) {
        problems.push({ file, item: `entry "${item.id}"`, message: `unknown relation target "${relation.target}" (${relation.type})` });
      }
    }
  }

  checkGroupings(data, problems);
  checkSources(data, problems);

  // Aliases: every form, in both scripts, claimed by exactly one entry unless declared shared.
  const claims = new Map<string, Claim[]>();
  const entryForms: string[][] = data.entries.map(() => []);
  const ambiguity = new Map<string, AmbiguityData>();
  data.entries.forEach(({ file, item }, entry) => {
    const strict = new Set(item.strictCase);
    const shared = new Set(item.sharedAliases);
    const written = [
      item.names.en,
      item.names['zh-Hans'],
      item.names['zh-Hant'] ?? traditionalName(item.names['zh-Hans']),
      ...item.aliases,
      ...item.strictCase,
      ...item.sharedAliases,
    ];
    const ambiguous = new Map<string, AmbiguityData>();
    for (const a of item.ambiguous) {
      const where = { file, item: `entry "${item.id}"` };
      if (!written.includes(a.alias)) {
        problems.push({ ...where, message: `ambiguous alias "${a.alias}" is not one of its names or aliases` });
        continue;
      }
      const unknown = (a.with ?? []).filter((id) => !entryIndex.has(id));
      if (unknown.length)
        problems.push({
          ...where,
          message: `ambiguous alias "${a.alias}": unknown context entry ${unknown.map((u) => `"${u}"`).join(', ')}`,
        });
      ambiguous.set(a.alias, { within: a.within, ...(a.with ? { with: a.with.map((id) => entryIndex.get(id) ?? -1) } : {}) });
    }
    const seen = new Set<string>();
    for (const form of written) {
      for (const variant of scriptVariants(form)) {
        const folded = matchForm(variant);
        if (!folded) continue;
        const exact = strict.has(form) || isAcronym(variant) ? normalizeAlias(variant, true) : undefined;
        // Every written form is shown (both scripts); one claim per matched form.
        if (!entryForms[entry]!.includes(variant) && normalizeAlias(variant)) entryForms[entry]!.push(variant);
        const key = `${folded}\u0000${exact ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const rule = ambiguous.get(form);
        if (rule) ambiguity.set(folded, rule);
        const list = claims.get(folded) ?? [];
        list.push({ entry, file, form: variant, exact, shared: shared.has(form) });
        claims.set(folded, list);
      }
    }
  });

  const patterns: PatternData[] = [];
  for (const [text, list] of claims) {
    const owners = [...new Set(list.map((c) => c.entry))];
    if (owners.length > 1 && !list.every((c) => c.shared)) {
      const names = owners.map((o) => `"${data.entries[o]!.item.id}"`).join(' and ');
      const first = list.find((c) => !c.shared) ?? list[0]!;
      problems.push({
        file: first.file,
        item: `entry "${data.entries[first.entry]!.item.id}"`,
        message: `alias "${first.form}" is claimed by ${names}; declare it in sharedAliases of each if it really names both`,
      });
      continue;
    }
    const loose = list.some((c) => c.exact === undefined);
    const exact = [...new Set(list.map((c) => c.exact!))];
    const rule = ambiguity.get(text);
    patterns.push({ text, targets: owners, ...(loose ? {} : { exact }), ...(rule ? { ambiguous: rule } : {}) });
  }

  // Exclusions: phrases that contain an alias but name something else.
  for (const { file, item } of data.exclusions) {
    const target = entryIndex.get(item.shadows);
    if (target === undefined) {
      problems.push({ file, item: `exclusion "${item.text}"`, message: `unknown entry "${item.shadows}" in shadows` });
      continue;
    }
    const folded = normalizeAlias(item.text);
    if (!entryForms[target]!.some((form) => folded.includes(normalizeAlias(form)))) {
      problems.push({ file, item: `exclusion "${item.text}"`, message: `contains no alias of "${item.shadows}", so it excludes nothing` });
      continue;
    }
    for (const variant of scriptVariants(item.text)) {
      const text = matchForm(variant);
      const owner = claims.get(text);
      if (owner) {
        problems.push({
          file,
          item: `exclusion "${item.text}"`,
          message: `is also an alias of "${data.entries[owner[0]!.entry]!.item.id}"`,
        });
        break;
      }
      if (!patterns.some((p) => p.text === text)) patterns.push({ text, targets: [] });
    }
  }

  // Figures: each must be found, with its unit and value, in the passage it cites.
  const figures: KbFigure[] = [];
  for (const { file, item } of data.figures) {
    const where = { file, item: `figure "${item.id}"` };
    const before = problems.length;
    if (!entryIndex.has(item.subject)) problems.push({ ...where, message: `unknown subject entry "${item.subject}"` });
    const source = sources.get(item.source);
    const passage = source?.passages.find((p) => p.id === item.passage);
    if (!source) problems.push({ ...where, message: `unknown source "${item.source}"` });
    else if (!passage) problems.push({ ...where, message: `source "${item.source}" has no passage "${item.passage}"` });
    else if (!passage.text.includes(item.stated)) {
      problems.push({ ...where, message: `passage ${item.source}/${item.passage} does not contain its number "${item.stated}"` });
    }
    const parsed = findNumbers(narrowDigits(item.stated));
    const whole = parsed.length === 1 && parsed[0]!.start === 0 && parsed[0]!.end === item.stated.length ? parsed[0]! : null;
    if (!whole) {
      problems.push({ ...where, message: `stated "${item.stated}" is not one number with a unit the matcher reads` });
    } else if (whole.unit !== item.unit) {
      problems.push({ ...where, message: `stated "${item.stated}" reads as unit ${whole.unit}, not ${item.unit}` });
    } else if (!sameQuantity(whole.value, whole.resolution, item.value, whole.resolution)) {
      problems.push({ ...where, message: `stated "${item.stated}" reads as ${whole.value}, not ${item.value}` });
    }
    if (item.unit === 'count' && item.cues.length === 0) {
      problems.push({ ...where, message: 'a bare count needs cues (words that say what is counted)' });
    }
    if (problems.length === before && whole) figures.push({ ...item, resolution: whole.resolution });
  }

  if (problems.length > 0) throw new IndexError(problems);

  const matcherData: MatcherData = packMatcher(
    simplifiedPairsFor(patterns.map((p) => p.text)),
    data.entries.map(({ item }) => ({ id: item.id, kind: item.kind })),
    patterns,
    figures.map<FigureData>((f) => ({
      id: f.id,
      subject: entryIndex.get(f.subject)!,
      unit: f.unit,
      value: f.value,
      resolution: f.resolution,
      asOf: f.asOf,
      cues: f.cues.map((cue) => normalizeAlias(cue)),
    })),
  );

  // Link entries to the passages where the same matcher finds them.
  const matcher = new Matcher(matcherData);
  const links: PassageLink[][] = data.entries.map(() => []);
  const figureFound = new Set<string>();
  for (const { item: source } of data.sources) {
    // A source is one document: its passages are its blocks, and it is the page for context.
    const joined = source.passages.map((p) => p.text).join('\n\n');
    let at = 0;
    const blocks = source.passages.map((p) => {
      const block = { start: at, end: at + p.text.length };
      at = block.end + 2;
      return block;
    });
    const scanned = scanBlocks(joined, blocks, matcher);
    source.passages.forEach((passage, i) => {
      const { start, end } = blocks[i]!;
      const mentions = scanned.mentions
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
      const counts = new Map<number, number>();
      for (const m of mentions) for (const e of entriesOf(m)) counts.set(e, (counts.get(e) ?? 0) + 1);
      for (const [entry, count] of counts) links[entry]!.push({ source: source.id, passage: passage.id, count });
      for (const f of linkFigures(passage.text, mentions, matcherData.figures)) {
        if (f.status === 'match') figureFound.add(matcherData.figures[f.figure]!.id);
      }
    });
  }

  const entries: KbEntry[] = data.entries.map(({ item }, i) => ({
    id: item.id,
    kind: item.kind,
    names: {
      en: item.names.en,
      'zh-Hans': item.names['zh-Hans'],
      'zh-Hant': item.names['zh-Hant'] ?? traditionalName(item.names['zh-Hans']),
    },
    aliases: entryForms[i]!.filter(
      (f) => f !== item.names.en && f !== item.names['zh-Hans'] && f !== (item.names['zh-Hant'] ?? traditionalName(item.names['zh-Hans'])),
    ),
    description: item.description,
    proposal: item.proposal,
    relations: [],
    passages: [...links[i]!].sort((a, b) => b.count - a.count),
    figures: figures.filter((f) => f.subject === item.id).map((f) => f.id),
  }));
  addRelations(
    entries,
    data.entries.map(({ item }) => item),
  );

  for (const e of entries) if (e.passages.length === 0) warnings.push(`entry "${e.id}" is found in no source passage`);
  for (const f of figures) {
    if (!figureFound.has(f.id))
      warnings.push(
        `figure "${f.id}" is not recognised in its own passage ${f.source}/${f.passage} (subject not named there, or no cue near the number)`,
      );
  }

  return { index: { entries, sources: data.sources.map(({ item }) => item), figures, matcher: matcherData }, warnings, patterns };
}

/**
 * Forward relations as written, then each one's inverse on the other entry, unless that
 * entry already states one; a specific inverse ("set up by") replaces a vague "related to".
 */
function addRelations(entries: KbEntry[], written: readonly Entry[]): void {
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const item of written) {
    const from = byId.get(item.id)!;
    for (const r of item.relations) {
      if (!from.relations.some((x) => x.type === r.type && x.target === r.target)) {
        from.relations.push({ type: r.type, target: r.target, inverse: false });
      }
    }
  }
  for (const item of written) {
    for (const r of item.relations) {
      const to = byId.get(r.target)!;
      const existing = to.relations.findIndex((x) => x.target === item.id);
      const inverse = { type: r.type, target: item.id, inverse: true };
      if (existing === -1) to.relations.push(inverse);
      else if (to.relations[existing]!.type === 'related-to' && r.type !== 'related-to') to.relations[existing] = inverse;
    }
  }
}
