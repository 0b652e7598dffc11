/**
 * Whether Baylens has anything to do in this document: HTML with a body and, in a frame, some
 * text and some size. Ad slots, about:blank and hidden frames, SVG and XML documents stop here.
 * Text is looked for first: reading a frame's size makes the browser lay out the page around
 * it, and most frames without text (ad slots, trackers) stop before that.
 */
export function worthReading(doc: Document, win: Window = window): boolean {
  if (!doc.body || !(doc.documentElement instanceof HTMLElement)) return false;
  if (win === win.top) return true;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = false;
  for (let node = walker.nextNode(); node && !text; node = walker.nextNode()) text = /\S/.test((node as Text).data);
  return text && win.innerWidth > 0 && win.innerHeight > 0;
}
