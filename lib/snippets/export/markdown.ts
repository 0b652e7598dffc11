import type { Snippet } from '../schema';
import { citationOf, type EntryLabel } from './citation';

/**
 * Page text in Markdown stays text: characters that would start a link, an image, emphasis,
 * a heading or raw HTML are escaped, so a hostile selection cannot become live markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)-/gm, '$1\\-');
}

/** A URL safe inside Markdown's link parentheses. */
function linkTarget(url: string): string {
  return new URL(url).href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

function block(snippet: Snippet, label: EntryLabel): string {
  const c = citationOf(snippet);
  const lines = [`## ${escapeMarkdown(c.title)}`, ''];
  lines.push(...snippet.text.split('\n').map((line) => (line ? `> ${escapeMarkdown(line)}` : '>')), '');
  if (snippet.note) lines.push(`**Note:** ${escapeMarkdown(snippet.note).replace(/\n/g, '  \n')}`, '');
  if (snippet.tags.length) lines.push(`**Tags:** ${snippet.tags.map(escapeMarkdown).join(', ')}`, '');
  if (snippet.entries.length) lines.push(`**Entries:** ${snippet.entries.map((id) => escapeMarkdown(label(id))).join('; ')}`, '');
  const page = c.page ? ` ${c.page},` : '';
  lines.push(`Source: [${escapeMarkdown(c.title)}](${linkTarget(c.url)}), ${escapeMarkdown(c.site)},${page} saved ${c.saved}.`);
  return lines.join('\n');
}

/** The snippets as a Markdown document: one section per snippet, each with its citation. */
export function toMarkdown(snippets: readonly Snippet[], label: EntryLabel, exportedAt: Date): string {
  const n = snippets.length;
  const head = `# Baylens snippets\n\n${n} ${n === 1 ? 'snippet' : 'snippets'}, exported ${exportedAt.toISOString().slice(0, 10)}.\n`;
  return [head, ...snippets.map((s) => block(s, label))].join('\n---\n\n') + '\n';
}
