import { openReaderInTab } from '@/lib/extension/reader-page';

/** A PDF in the browser's own viewer, where Baylens cannot mark anything: the way to its reader. */
export function PdfOffer({ tabId, url }: { tabId: number; url: string }) {
  return (
    <div class="state state-pdf" role="status">
      <p class="state-title">This tab shows a PDF</p>
      <p class="muted">Open it in the Baylens reader to see its highlights, cards and digest. The PDF is read on this computer.</p>
      <button
        type="button"
        class="primary"
        onClick={(event) => {
          if (!event.isTrusted) return;
          void openReaderInTab(tabId, url).then(() => window.close());
        }}
      >
        Open in Baylens reader
      </button>
    </div>
  );
}
