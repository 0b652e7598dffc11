import matcherData from 'virtual:baylens/matcher';
import { Matcher } from '@/lib/match/matcher';
import { PageHighlights } from '@/lib/page/highlights';
import { highlightSubtree } from '@/lib/page/scan-page';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS) || !document.body) return;
    const matcher = new Matcher(matcherData);
    const highlights = new PageHighlights();
    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      highlights.clear();
    });
    await highlightSubtree(document.body, matcher, highlights, controller.signal);
  },
});
