/** Which document to show on the source page, which passage to scroll to, whose mentions to mark. */
export interface SourceAddress {
  source: string;
  passage?: string;
  entry?: string;
}

const PAGE = '/source.html';

/** The address inside the extension: source.html?source=…&entry=…#passage-… */
export function sourcePageUrl(address: SourceAddress): string {
  const params = new URLSearchParams({ source: address.source });
  if (address.entry) params.set('entry', address.entry);
  const hash = address.passage ? `#passage-${encodeURIComponent(address.passage)}` : '';
  return `${browser.runtime.getURL(PAGE)}?${params}${hash}`;
}

/** Reads an address back from the source page's own URL; null without a source. */
export function readSourceAddress(url: URL): SourceAddress | null {
  const source = url.searchParams.get('source');
  if (!source) return null;
  const entry = url.searchParams.get('entry') ?? undefined;
  const passage = url.hash.startsWith('#passage-') ? decodeURIComponent(url.hash.slice('#passage-'.length)) : undefined;
  return { source, ...(passage ? { passage } : {}), ...(entry ? { entry } : {}) };
}

/** Opens a source document in a new tab, beside the reader's page. */
export async function openSource(address: SourceAddress): Promise<void> {
  await browser.tabs.create({ url: sourcePageUrl(address) });
}
