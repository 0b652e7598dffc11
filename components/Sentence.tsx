import type { ComponentChildren } from 'preact';

/**
 * A translated sentence with an element inside it (a link, a mark): the message is filled with
 * U+0000 where the element goes, so each language puts it where its grammar wants it. The text
 * around it is rendered as text, never as markup.
 */
export function Sentence({ message, children }: { message: string; children: ComponentChildren }) {
  const [before, after = ''] = message.split('\u0000');
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
