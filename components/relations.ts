import type { CardRelation } from '@/lib/kb/card';
import type { RelationType } from '@/lib/kb/schema';
import { t, type MessageKey } from '@/lib/extension/i18n';

const FORWARD: Record<RelationType, MessageKey> = {
  'set-up-by': 'relationSetUpBy',
  'governed-by': 'relationGovernedBy',
  'part-of': 'relationPartOf',
  'located-in': 'relationLocatedIn',
  'issued-by': 'relationIssuedBy',
  proposes: 'relationProposes',
  includes: 'relationIncludes',
  'related-to': 'relationRelatedTo',
};
const INVERSE: Record<RelationType, MessageKey> = {
  'set-up-by': 'relationSetsUp',
  'governed-by': 'relationGoverns',
  'part-of': 'relationIncludes',
  'located-in': 'relationContains',
  'issued-by': 'relationIssued',
  proposes: 'relationProposedBy',
  includes: 'relationMemberOf',
  'related-to': 'relationRelatedTo',
};

/** How a relation reads in the interface language, from the entry's side. */
export function relationLabel(relation: Pick<CardRelation, 'type' | 'inverse'>): string {
  return t((relation.inverse ? INVERSE : FORWARD)[relation.type]);
}
