/**
 * Messages in the extension's `messages.json` format, filled in the way `i18n.getMessage` fills
 * them, so a catalogue read by hand (a language other than the browser's) reads the same.
 */
export interface MessageEntry {
  message: string;
  description?: string;
}
export type Catalogue = Record<string, MessageEntry>;

/** Replaces `$1`…`$9` with the substitutions and `$$` with `$`; a missing substitution is empty. */
export function fillMessage(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (substitutions[Number(token) - 1] ?? '')));
}

/** The placeholders a message uses, sorted: every language's version of a key must use the same. */
export function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}
