import { useEffect, useState } from 'preact/hooks';

/** What to do when nothing is saved yet, with the shortcut as the reader has set it. */
export function EmptyLibrary() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'save-snippet')?.shortcut || undefined))
      .catch(() => undefined);
  }, []);
  return (
    <div class="empty">
      <p>Nothing saved yet.</p>
      <p class="muted">
        Select text on any page, then right-click and choose <strong>Save snippet to Baylens</strong>
        {shortcut ? (
          <>
            , or press <kbd>{shortcut}</kbd>
          </>
        ) : null}
        . Saved snippets appear here, with the page they came from and the entries they mention.
      </p>
    </div>
  );
}
