import { z } from 'zod';

/** The card's "Open in side panel": show the reader's snippets about one entry. */
export const panelRequests = [z.object({ type: z.literal('panel:show-entry'), id: z.string().regex(/^[a-z0-9-]{1,80}$/) })] as const;
