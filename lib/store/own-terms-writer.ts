import { WriteQueue } from '../snippets/queue';
import type { NameFolder } from '../own-terms/fold';
import { checkInput, clashWithin, mergeOwnTerms, type OwnMerge } from '../own-terms/list';
import { OwnTermError } from '../own-terms/problems';
import { OWN_LIMITS, type OwnTerm, type OwnTermInput } from '../own-terms/schema';
import { ownTermsItem, readOwnTerms, type OwnTermsContent } from './own-terms';

/**
 * The one writer of the reader's own terms (in the background). Each change is one queued
 * read-check-write: a refused change throws with a sentence and leaves storage as it was.
 */
export class OwnTermsWriter {
  constructor(
    private readonly folder: NameFolder,
    private readonly newId: () => string = () => `own-${crypto.randomUUID()}`,
    private readonly queue = new WriteQueue(),
  ) {}

  add(input: OwnTermInput, now: Date): Promise<OwnTerm> {
    return this.queue.run(async () => {
      const current = await readOwnTerms();
      if (current.terms.length >= OWN_LIMITS.terms) throw new OwnTermError({ key: 'ownProblemFull', args: [] });
      const checked = checkInput(input);
      if (!checked.ok) throw new OwnTermError(checked.problem);
      const at = now.toISOString();
      const term: OwnTerm = { id: this.newId(), ...checked.value, createdAt: at, editedAt: at };
      const clash = clashWithin(current.terms, term, this.folder);
      if (clash) throw new OwnTermError(clash);
      await this.write(current, [...current.terms, term]);
      return term;
    });
  }

  edit(id: string, input: OwnTermInput, now: Date): Promise<OwnTerm> {
    return this.queue.run(async () => {
      const current = await readOwnTerms();
      const old = current.terms.find((t) => t.id === id);
      if (!old) throw new OwnTermError({ key: 'ownProblemGone', args: [] });
      const checked = checkInput(input);
      if (!checked.ok) throw new OwnTermError(checked.problem);
      const term: OwnTerm = { ...old, ...checked.value, editedAt: now.toISOString() };
      const clash = clashWithin(current.terms, term, this.folder);
      if (clash) throw new OwnTermError(clash);
      await this.write(
        current,
        current.terms.map((t) => (t.id === id ? term : t)),
      );
      return term;
    });
  }

  /** Deletes a term and returns it as it was, for an undo. */
  remove(id: string): Promise<OwnTerm | null> {
    return this.queue.run(async () => {
      const current = await readOwnTerms();
      const old = current.terms.find((t) => t.id === id) ?? null;
      if (old)
        await this.write(
          current,
          current.terms.filter((t) => t.id !== id),
        );
      return old;
    });
  }

  /** Puts a deleted term back as it was (an undo); refused if another term took one of its names meanwhile. */
  restore(term: OwnTerm): Promise<OwnTerm> {
    return this.merge([term]).then(() => term);
  }

  /** Merges an import (already validated) all or nothing. */
  merge(incoming: readonly OwnTerm[]): Promise<Omit<OwnMerge, 'terms'>> {
    return this.queue.run(async () => {
      const current = await readOwnTerms();
      const merged = mergeOwnTerms(current.terms, incoming, this.folder);
      if (!merged.ok) throw new OwnTermError(merged.problem);
      const { terms, ...counts } = merged.value;
      if (terms.length > OWN_LIMITS.terms) throw new OwnTermError({ key: 'ownProblemFull', args: [] });
      if (counts.added || counts.updated) await this.write(current, terms);
      return counts;
    });
  }

  private async write(current: OwnTermsContent, terms: OwnTerm[]): Promise<void> {
    // Unreadable items stay where they were: a damaged term is never silently dropped.
    await ownTermsItem.setValue({ terms: [...terms, ...current.unreadable] });
  }
}
