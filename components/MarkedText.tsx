/** Text with some spans emphasised; every piece is rendered as text, never as markup. */
export function MarkedText({ text, marks }: { text: string; marks: [number, number][] }) {
  const pieces = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
