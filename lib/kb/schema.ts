import { z } from 'zod';

export { ENTRY_KINDS, type EntryKind } from '../match/kinds';
import { ENTRY_KINDS } from '../match/kinds';

/** How one entry relates to another; the compiler derives the inverse for display. */
export const RELATION_TYPES = [
  'located-in',
  'part-of',
  'set-up-by',
  'issued-by',
  'governed-by',
  'proposes',
  /** A grouping and each of its members. */
  'includes',
  'related-to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export { FIGURE_UNITS, type FigureUnit } from '../match/kinds';
import { FIGURE_UNITS } from '../match/kinds';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');

const nonBlank = z.string().trim().min(1, 'must not be empty');

/** A date as precise as the source gives it: a year, a month or a day. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** What a source's rights allow: quoting with attribution, short quotations with citation. */
export const RIGHTS = ['cc-by-sa', 'short-quotation', 'quotation-with-citation'] as const;

export const passageSchema = z.strictObject({
  id: kebabId,
  /** The heading the passage sits under, to give it context in a card. */
  section: nonBlank.optional(),
  text: nonBlank,
});

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: nonBlank,
  /** The title in the source's other language, where the source gives one. */
  altTitle: nonBlank.optional(),
  publisher: nonBlank.optional(),
  authors: z.array(nonBlank).optional(),
  date: partialDate,
  language: z.enum(['en', 'zh-Hans', 'zh-Hant']),
  url: z.url().optional(),
  kind: z.enum(['paper', 'news', 'summary', 'report', 'official', 'encyclopedia']),
  /** What the source's rights allow; the card shows the licence where it asks for attribution. */
  rights: z.enum(RIGHTS, { error: 'must say what the rights allow: cc-by-sa, short-quotation or quotation-with-citation' }),
  /** The licence to name beside a quotation, where the rights require attribution. */
  licence: z.strictObject({ name: nonBlank, url: z.url() }).optional(),
  /** Where the document is in the corpus (e.g. en/wikipedia/Macau.md): its passages are checked against it. */
  corpus: nonBlank.optional(),
  passages: z.array(passageSchema).min(1),
});

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  target: kebabId,
});

export const ambiguitySchema = z.strictObject(
  {
    alias: nonBlank,
    /** Where an unambiguous mention must stand for this alias to be marked. */
    within: z.enum(['block', 'page']),
    /** Only mentions of these entries count as context (default: any unambiguous mention). */
    with: z.array(kebabId).optional(),
  },
  { error: 'an ambiguous alias needs context rules: { alias, within: block | page, with?: [entry ids] }' },
);

export const entrySchema = z.strictObject({
  id: kebabId,
  kind: z.enum(ENTRY_KINDS),
  names: z.strictObject({
    en: nonBlank,
    'zh-Hans': nonBlank,
    /** Generated from zh-Hans when absent; give it only where the conversion is wrong. */
    'zh-Hant': nonBlank.optional(),
  }),
  /** Every other form a reader meets; Chinese forms in one script, the other is generated. */
  aliases: z.array(nonBlank).default([]),
  /** Aliases matched only exactly as written (all-capital acronyms are already). */
  strictCase: z.array(nonBlank).default([]),
  /** Aliases that also name another entry; every entry claiming one must list it here. */
  sharedAliases: z.array(nonBlank).default([]),
  description: nonBlank,
  /** True for something proposed in a source rather than an existing institution. */
  proposal: z.boolean().default(false),
  relations: z.array(relationSchema).default([]),
  /**
   * Aliases with a common meaning outside the GBA ("GBA", "the Loop", 中山): marked only where
   * an unambiguous mention stands in the same block, or anywhere on the page.
   */
  ambiguous: z.array(ambiguitySchema).default([]),
  /** When the description was last checked against the facts it states. */
  checked: partialDate,
});

export const figureSchema = z.strictObject({
  id: kebabId,
  subject: kebabId,
  /** What is measured, in a few words a reader understands. */
  measure: nonBlank,
  value: z.union([z.number(), partialDate]),
  unit: z.enum(FIGURE_UNITS),
  /** The source says "about", "more than", "nearly"... */
  qualifier: z.enum(['about', 'more-than', 'nearly', 'at-least', 'up-to']).optional(),
  asOf: partialDate,
  source: kebabId,
  passage: kebabId,
  /** The number exactly as the passage writes it, unit included; the build checks both. */
  stated: nonBlank,
  /** Words near a number on a page that tie it to this measure; required for bare counts. */
  cues: z.array(nonBlank).default([]),
});

export const exclusionSchema = z.strictObject({
  /** A phrase that contains an alias but names something else. */
  text: nonBlank,
  /** The entry this phrase must not be mistaken for. */
  shadows: kebabId,
  note: nonBlank,
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Passage = z.output<typeof passageSchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type Entry = z.output<typeof entrySchema>;
export type Ambiguity = z.output<typeof ambiguitySchema>;
export type Relation = z.output<typeof relationSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Exclusion = z.output<typeof exclusionSchema>;
