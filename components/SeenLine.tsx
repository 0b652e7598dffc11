import { formatter, languageTag, t, tn } from '@/lib/extension/i18n';
import type { Seen } from '@/lib/history/visits';

/** "3 Dec", with the year when it is not this year's. */
export function shortDate(at: number, now = new Date()): string {
  const date = new Date(at);
  const sameYear = date.getFullYear() === now.getFullYear();
  const tag = languageTag() === 'en' ? 'en-GB' : languageTag();
  const format = formatter(
    `date ${tag} ${sameYear ? 'day' : 'year'}`,
    () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }),
  );
  return format.format(date);
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Where the reader met an entry before: on how many pages, when last, and the last pages. */
export function SeenLine({ seen }: { seen: Seen }) {
  return (
    <section class="seen" aria-label={t('seenHeading')}>
      <p class="meta">{tn('seenLine', seen.pages, shortDate(seen.last))}</p>
      <ul class="seen-pages">
        {seen.recent.map((p) => (
          <li key={p.url + p.at}>
            <a href={p.url} target="_blank" rel="noopener noreferrer">
              {p.title || siteOf(p.url)}
            </a>{' '}
            <span class="meta">
              {siteOf(p.url)} · {shortDate(p.at)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
