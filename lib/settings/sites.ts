/**
 * The site a reader means by what they typed: a host name ("news.example.com"), or an address
 * whose host is taken ("https://news.example.com/a/b"). Null when it is neither. Host names are
 * kept as the browser reports them (`location.hostname`), lower case, without "www." removed:
 * the switch in the popup lists exactly those.
 */
export function siteFromInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  if (!host || host.length > 253) return null;
  // A name with a dot (example.com), an IPv4 or IPv6 address, or localhost.
  return /^(localhost|\[[0-9a-f:.]+\]|([a-z0-9-]+\.)+[a-z0-9-]+)$/.test(host) ? host : null;
}
