/** What went wrong with a document, in the reader's words. */
export type ReaderProblem = 'not-pdf' | 'damaged' | 'password' | 'no-text' | 'unreachable' | 'needs-permission' | 'local-file-again';

/** The sentence the reader page shows for each problem. */
export function problemMessage(problem: ReaderProblem, detail = ''): string {
  switch (problem) {
    case 'not-pdf':
      return 'This is not a PDF, or it is damaged: Baylens cannot read it.';
    case 'damaged':
      return 'This PDF is damaged and cannot be read.';
    case 'password':
      return 'This PDF is protected by a password; Baylens cannot read it.';
    case 'no-text':
      return 'This PDF has no text to read: its pages are images (a scan, perhaps), so Baylens cannot mark anything in it.';
    case 'unreachable':
      return `The PDF could not be fetched${detail ? ` (${detail})` : ''}.`;
    case 'needs-permission':
      return `Baylens needs your permission to read PDFs from ${detail || 'this site'}.`;
    case 'local-file-again':
      return `Choose ${detail || 'the file'} again to open it: Baylens never keeps a copy of your files.`;
  }
}

/**
 * Sorts an error from pdf.js by its name, which stays the same across versions (its messages do
 * not): InvalidPDFException for what is not a PDF, PasswordException for encryption, and
 * anything else a damaged file.
 */
export function problemOf(error: unknown): ReaderProblem {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException') return 'not-pdf';
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') return 'unreachable';
  return 'damaged';
}
