/** A document with this body markup (unit tests that run in happy-dom). */
export function documentWith(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}
