import { z } from 'zod';
import { cardRequests } from './card';
import { historyRequests } from './history';
import { ownTermRequests } from './own-terms';
import { panelRequests } from './panel';
import { readerRequests } from './reader';
import { settingsRequests } from './settings-requests';
import { snippetRequests } from './snippets';

/**
 * Every message an extension page or content script may send the background. The background
 * parses each one with this schema on arrival: anything else is refused, not trusted.
 */
export const requestSchema = z.discriminatedUnion('type', [
  ...settingsRequests,
  ...cardRequests,
  ...snippetRequests,
  ...panelRequests,
  ...ownTermRequests,
  ...historyRequests,
  ...readerRequests,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
/** A request as a sender writes it (fields with defaults may be left out). */
export type RequestInput = z.input<typeof requestSchema>;
export type RequestInputOf<T extends Request['type']> = Extract<z.input<typeof requestSchema>, { type: T }>;

/** Every reply has this envelope, so a caller can tell a refusal from a result. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
