import type { EntryDirectory } from '@/lib/snippets/entry-names';
import type { Facets, SnippetFilter } from '@/lib/snippets/filter';
import { t } from '@/lib/extension/i18n';

interface FilterBarProps {
  filter: SnippetFilter;
  facets: Facets;
  entries: EntryDirectory;
  onChange: (patch: Partial<SnippetFilter>) => void;
}

interface ChoiceProps {
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; text: string }[];
  onChange: (value: string | undefined) => void;
}

function Choice({ label, all, value, options, onChange }: ChoiceProps) {
  if (options.length === 0 && !value) return null;
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
      <option value="">{all}</option>
      {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.text}
        </option>
      ))}
    </select>
  );
}

/** Search as you type, and a choice of entry, tag and site, each listing how many snippets have it. */
export function FilterBar({ filter, facets, entries, onChange }: FilterBarProps) {
  return (
    <div class="filters">
      <input
        type="search"
        class="search"
        placeholder={t('filterSearch')}
        aria-label={t('filterSearchLabel')}
        value={filter.query}
        onInput={(e) => onChange({ query: e.currentTarget.value })}
      />
      <div class="row wrap">
        <Choice
          label={t('filterEntry')}
          all={t('filterAllEntries')}
          value={filter.entry}
          onChange={(entry) => onChange({ entry })}
          options={facets.entries.map((f) => ({ value: f.value, text: `${entries.name(f.value)} (${f.count})` }))}
        />
        <Choice
          label={t('filterTag')}
          all={t('filterAllTags')}
          value={filter.tag}
          onChange={(tag) => onChange({ tag })}
          options={facets.tags.map((f) => ({ value: f.value, text: `${f.value} (${f.count})` }))}
        />
        <Choice
          label={t('filterSite')}
          all={t('filterAllSites')}
          value={filter.site}
          onChange={(site) => onChange({ site })}
          options={facets.sites.map((f) => ({ value: f.value, text: `${f.value} (${f.count})` }))}
        />
      </div>
    </div>
  );
}
