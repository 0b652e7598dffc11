import type { EntryKind } from '@/lib/match/kinds';
import { t, type MessageKey } from '@/lib/extension/i18n';

const KEYS: Record<EntryKind, { one: MessageKey; many: MessageKey }> = {
  place: { one: 'kindPlace', many: 'kindPlaces' },
  zone: { one: 'kindZone', many: 'kindZones' },
  infrastructure: { one: 'kindInfrastructure', many: 'kindInfrastructures' },
  organisation: { one: 'kindOrganisation', many: 'kindOrganisations' },
  person: { one: 'kindPerson', many: 'kindPersons' },
  plan: { one: 'kindPlan', many: 'kindPlans' },
  policy: { one: 'kindPolicy', many: 'kindPolicys' },
  scheme: { one: 'kindScheme', many: 'kindSchemes' },
  event: { one: 'kindEvent', many: 'kindEvents' },
  grouping: { one: 'kindGrouping', many: 'kindGroupings' },
};

/** How a kind reads in the interface: `one` on a badge, `many` over a group. */
export function kindLabel(kind: EntryKind, form: 'one' | 'many'): string {
  return t(KEYS[kind][form]);
}
