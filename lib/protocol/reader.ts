import { z } from 'zod';

/** A content script tells the background that its page is the browser's own PDF viewer. */
export const readerRequests = [z.object({ type: z.literal('reader:pdf-shown') })] as const;
