import { writeFileSync } from 'node:fs';
import { buildIndex } from '../kb/build';
import { IndexError } from '../kb/build/problems';

/** `npm run compile [-- --out FILE]`: validates data/ and reports what the index holds. */
try {
  const { index, warnings } = buildIndex();
  const out = process.argv.indexOf('--out');
  if (out !== -1 && process.argv[out + 1]) writeFileSync(process.argv[out + 1]!, JSON.stringify(index));
  const passages = index.sources.reduce((n, s) => n + s.passages.length, 0);
  console.log(
    `Index compiled: ${index.entries.length} entries, ${index.matcher.automaton.patterns} patterns, ` +
      `${index.figures.length} figures, ${index.sources.length} sources with ${passages} passages.`,
  );
  for (const warning of warnings) console.log(`  note: ${warning}`);
} catch (error) {
  if (error instanceof IndexError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
