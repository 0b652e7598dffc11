import type { Mark } from '@/lib/page/marks';
import type { Matcher } from '@/lib/match/matcher';
import { send } from '@/lib/extension/send';
import type { PageDigest } from '@/lib/protocol/page';

/** Entries and figures on the page, most mentioned first, for the popup; names come from the background. */
export async function pageDigest(matcher: Matcher | null, marks: readonly Mark[]): Promise<PageDigest> {
  if (!matcher) return { entries: [], figures: [] };
  const kinds = new Map(matcher.data.ids.map((id, i) => [id, matcher.entryKind(i)]));
  const figureSubjects = new Map(matcher.data.figures.map((f) => [f.id, matcher.entryId(f.subject)]));
  const counts = new Map<string, number>();
  const figures: PageDigest['figures'] = [];
  for (const mark of marks) {
    const t = mark.target;
    if (t.type === 'entry') for (const id of t.also ? [t.id, ...t.also] : [t.id]) counts.set(id, (counts.get(id) ?? 0) + 1);
    else if (t.type === 'figure') figures.push({ id: t.id, surface: t.surface, status: t.status, subject: figureSubjects.get(t.id)! });
  }
  const names = counts.size ? await send({ type: 'card:names', ids: [...counts.keys()] }) : {};
  const entries = [...counts]
    .map(([id, count]) => ({ id, name: names[id] ?? id, kind: kinds.get(id)!, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { entries, figures };
}
