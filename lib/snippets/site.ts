/** The site a snippet came from, as a reader names it: the host without "www.". */
export function siteOf(url: string): string {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol === 'file:') return 'local file';
    return hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
