import { storage } from 'wxt/utils/storage';
import { idOf, monthOf, planMerge, readShelf, sameContent, type MergePlan, type Shelf } from '../snippets/library';
import { WriteQueue } from '../snippets/queue';
import { SNIPPET_SCHEMA_VERSION, type Snippet, type SnippetEdit } from '../snippets/schema';
import { LIBRARY_KEY, manifestSchema, shelfKey, type Manifest } from './snippets';
import { libraryItem } from './snippets-versions';

/** A snippet as the panel knows it: its id, and when it was saved (which finds its shelf). */
export interface SnippetRef {
  id: string;
  savedAt?: string;
}

type Shelves = Map<string, Shelf>;

/** The one writer of the library. Every change is one queued read-modify-write of the shelves it touches. */
export class SnippetWriter {
  constructor(private readonly queue = new WriteQueue()) {}

  /** Saves a new snippet; the same words from the same page saved again return the first copy. */
  save(snippet: Snippet): Promise<{ snippet: Snippet; duplicate: boolean }> {
    return this.queue.run(async () => {
      const month = monthOf(snippet.savedAt);
      const { months, shelves } = await this.open([month]);
      const shelf = shelves.get(month) ?? [];
      const existing = readShelf(shelf).snippets.find((s) => sameContent(s, snippet));
      if (existing) return { snippet: existing, duplicate: true };
      await this.commit(months, new Map([[month, [...shelf, snippet]]]));
      return { snippet, duplicate: false };
    });
  }

  /** Changes a snippet's note or tags; throws when it is no longer in the library. */
  edit(ref: SnippetRef, edit: SnippetEdit, now: Date): Promise<Snippet> {
    return this.queue.run(async () => {
      const { months, shelves } = await this.locate([ref]);
      for (const [month, shelf] of shelves) {
        const at = shelf.findIndex((raw) => idOf(raw) === ref.id);
        const current = at >= 0 ? readShelf([shelf[at]]).snippets[0] : undefined;
        if (!current) continue;
        const next: Snippet = { ...current, ...stripUndefined(edit), editedAt: now.toISOString() };
        await this.commit(months, new Map([[month, shelf.map((raw, i) => (i === at ? next : raw))]]));
        return next;
      }
      throw new Error('This snippet is no longer in the library.');
    });
  }

  /** Deletes snippets and returns them as they were, for an undo. */
  remove(refs: SnippetRef[]): Promise<Snippet[]> {
    return this.queue.run(async () => {
      const ids = new Set(refs.map((r) => r.id));
      const { months, shelves } = await this.locate(refs);
      const removed: Snippet[] = [];
      const changed: Shelves = new Map();
      for (const [month, shelf] of shelves) {
        const gone = shelf.filter((raw) => ids.has(idOf(raw) ?? ''));
        if (gone.length === 0) continue;
        removed.push(...readShelf(gone).snippets);
        changed.set(
          month,
          shelf.filter((raw) => !ids.has(idOf(raw) ?? '')),
        );
      }
      await this.commit(months, changed);
      return removed;
    });
  }

  /** Puts snippets back exactly as they were (an undo); any already present are left alone. */
  restore(snippets: Snippet[]): Promise<number> {
    return this.add(snippets);
  }

  /** Merges an import: new snippets are added, newer edits replace older ones, nothing doubles. */
  merge(incoming: Snippet[]): Promise<{ added: number; updated: number; unchanged: number }> {
    return this.queue.run(async () => {
      const { months, shelves } = await this.open('all');
      const existing = [...shelves.values()].flatMap((shelf) => readShelf(shelf).snippets);
      const plan: MergePlan = planMerge(existing, incoming);
      const changed: Shelves = new Map();
      for (const snippet of plan.updated) {
        const month = [...shelves].find(([, shelf]) => shelf.some((raw) => idOf(raw) === snippet.id))?.[0];
        if (!month) continue;
        const shelf = changed.get(month) ?? shelves.get(month)!;
        changed.set(
          month,
          shelf.map((raw) => (idOf(raw) === snippet.id ? snippet : raw)),
        );
      }
      for (const snippet of plan.added) {
        const month = monthOf(snippet.savedAt);
        changed.set(month, [...(changed.get(month) ?? shelves.get(month) ?? []), snippet]);
      }
      await this.commit(months, changed);
      return { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged };
    });
  }

  private add(snippets: Snippet[]): Promise<number> {
    return this.queue.run(async () => {
      const wanted = [...new Set(snippets.map((s) => monthOf(s.savedAt)))];
      const { months, shelves } = await this.open(wanted);
      const changed: Shelves = new Map();
      let added = 0;
      for (const snippet of snippets) {
        const month = monthOf(snippet.savedAt);
        const shelf = changed.get(month) ?? shelves.get(month) ?? [];
        if (shelf.some((raw) => idOf(raw) === snippet.id)) continue;
        changed.set(month, [...shelf, snippet]);
        added++;
      }
      await this.commit(months, changed);
      return added;
    });
  }

  /** The shelves that hold these snippets: the month each was saved in, else every shelf. */
  private async locate(refs: SnippetRef[]): Promise<{ months: string[]; shelves: Shelves }> {
    const hinted = [...new Set(refs.flatMap((r) => (r.savedAt ? [monthOf(r.savedAt)] : [])))];
    const first = await this.open(hinted);
    const found = new Set([...first.shelves.values()].flatMap((shelf) => shelf.map(idOf)));
    if (hinted.length === refs.length && refs.every((r) => found.has(r.id))) return first;
    return this.open('all');
  }

  /** Reads the manifest (after any migration) and the raw shelves asked for. */
  private async open(wanted: string[] | 'all'): Promise<{ months: string[]; shelves: Shelves }> {
    const parsed = manifestSchema.safeParse(await libraryItem.getValue());
    if (!parsed.success) throw new Error('The snippet library could not be read; nothing was changed.');
    if ((await libraryItem.getMeta()).v !== SNIPPET_SCHEMA_VERSION) await libraryItem.setMeta({ v: SNIPPET_SCHEMA_VERSION });
    const months = parsed.data.months;
    const names = wanted === 'all' ? months : wanted.filter((m) => months.includes(m));
    const values = await storage.getItems(names.map(shelfKey));
    const shelves: Shelves = new Map(names.map((m, i) => [m, Array.isArray(values[i]?.value) ? (values[i]!.value as Shelf) : []]));
    return { months, shelves };
  }

  /** Writes the changed shelves and the manifest in one storage call, so a crash leaves either all or none. */
  private async commit(months: string[], changed: Shelves): Promise<void> {
    if (changed.size === 0) return;
    const all = new Set(months);
    const emptied: string[] = [];
    for (const [month, shelf] of changed) {
      if (shelf.length === 0) {
        all.delete(month);
        emptied.push(month);
      } else all.add(month);
    }
    const next = [...all].sort();
    const manifest = next.join() === months.join() ? [] : [{ key: LIBRARY_KEY, value: { months: next } satisfies Manifest }];
    await storage.setItems([
      ...manifest,
      ...[...changed].filter(([, shelf]) => shelf.length > 0).map(([month, shelf]) => ({ key: shelfKey(month), value: shelf })),
    ]);
    if (emptied.length > 0) await storage.removeItems(emptied.map(shelfKey));
  }
}

function stripUndefined(edit: SnippetEdit): SnippetEdit {
  return Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined));
}
