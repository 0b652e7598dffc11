/** "1 snippet", "1,234 snippets". */
export function plural(n: number, word = 'snippet'): string {
  return `${n.toLocaleString()} ${n === 1 ? word : `${word}s`}`;
}
