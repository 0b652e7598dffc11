import { z } from 'zod';

/** A content script tells the background that its page is the browser's own PDF viewer. */
export const readerRequests = [z.object({ type: z.literal('reader:pdf-shown') })] as const;

/**
 * What the background asks the Baylens reader page (the context menu's "Save snippet" there:
 * scripts cannot be run in an extension page, so the reader reads its own selection).
 */
export type ReaderRequest = { type: 'reader:capture' };
