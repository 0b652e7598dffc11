import type { EntryKind } from '@/lib/kb/schema';

/** How each kind reads in the interface, singular and plural. */
export const KIND_LABELS: Record<EntryKind, { one: string; many: string }> = {
  place: { one: 'Place', many: 'Places' },
  zone: { one: 'Cooperation zone', many: 'Cooperation zones' },
  infrastructure: { one: 'Infrastructure', many: 'Infrastructure' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  person: { one: 'Person', many: 'People' },
  plan: { one: 'Plan', many: 'Plans' },
  policy: { one: 'Policy or concept', many: 'Policies and concepts' },
  scheme: { one: 'Scheme', many: 'Schemes and programmes' },
  event: { one: 'Event', many: 'Events' },
  grouping: { one: 'Grouping', many: 'Groupings' },
};
