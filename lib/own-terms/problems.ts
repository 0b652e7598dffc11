/**
 * What is wrong with an own term, as a message key of the interface catalogues
 * (public/_locales/…/messages.json) and its `$1`, `$2` values: pages show it in the reader's
 * language with `t(key, ...args)`. `ENGLISH` is the same text for the places that speak only
 * English (the import's refusal sentence, the tests); a unit test keeps it equal to the
 * English catalogue.
 */
export const ENGLISH = {
  ownProblemEmpty: 'A name is empty.',
  ownProblemTooLong: 'The name “$1” is longer than 200 characters.',
  ownProblemControl: 'The name “$1” contains control characters.',
  ownProblemNoLetters: 'The name “$1” has no letters or digits: punctuation alone matches nothing.',
  ownProblemSingleLetter: 'The name “$1” is a single letter, which would be found all over a page.',
  ownProblemSingleCharacter: 'The name “$1” is a single character, which would be found inside too many words.',
  ownProblemNoName: 'A term needs a name.',
  ownProblemTooManyNames: 'A term has at most 20 names.',
  ownProblemNoteTooLong: 'The note is longer than 2,000 characters.',
  ownProblemNoteControl: 'The note contains control characters.',
  ownProblemTooManyLinks: 'A term links at most 20 entries.',
  ownProblemUnknownLink: '“$1” is not an entry of the index.',
  ownProblemClash: '“$1” is already a name of your term “$2”.',
  ownProblemFull: 'You have 2,000 terms, the most Baylens keeps; delete one first.',
  ownProblemGone: 'This term is no longer among your terms.',
  ownProblemGrant: 'This look-up can no longer add a term; look the text up again.',
} as const;

export type ProblemKey = keyof typeof ENGLISH;

export interface Problem {
  key: ProblemKey;
  args: string[];
}

/** A refused change to the reader's terms; the background words it in the reader's language. */
export class OwnTermError extends Error {
  constructor(readonly problem: Problem) {
    super(english(problem));
  }
}

/** The problem in English. */
export function english(problem: Problem): string {
  return ENGLISH[problem.key].replace(/\$([1-9])/g, (_, n: string) => problem.args[Number(n) - 1] ?? '');
}

/** A name shortened for a message: enough to recognise it. */
export function quoted(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
