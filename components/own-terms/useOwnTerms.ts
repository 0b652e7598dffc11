import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import type { OwnCardData } from '@/lib/own-terms/card';

export interface OwnTermsState {
  terms: OwnCardData[] | null;
  unreadable: number;
  error?: string;
}

/** The reader's terms as the background describes them (with the names the index claims), kept current. */
export function useOwnTerms(): OwnTermsState {
  const [state, setState] = useState<OwnTermsState>({ terms: null, unreadable: 0 });
  const load = useCallback(() => {
    send({ type: 'own:list' }).then(
      ({ terms, unreadable }) => setState({ terms, unreadable }),
      (e: Error) => setState((s) => ({ ...s, error: e.message })),
    );
  }, []);
  useEffect(() => {
    load();
    // Any change (another panel, an import, a look-up card) shows here too.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'ownTerms' in changes) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [load]);
  return state;
}
