/**
 * Where `passage` starts and ends in `text`, ignoring white space: a PDF's text layer has its
 * own idea of spaces (none between Chinese lines, one added at a line's end, sometimes one
 * inside a word), so a saved snippet is found however the spaces fall. Null when absent.
 */
export function findPassage(text: string, passage: string): [number, number] | null {
  const wanted = passage.replace(/\s+/g, '');
  if (!wanted) return null;
  const positions: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    positions.push(i);
    squeezed += text[i];
  }
  const at = squeezed.indexOf(wanted);
  if (at === -1) return null;
  return [positions[at]!, positions[at + wanted.length - 1]! + 1];
}
