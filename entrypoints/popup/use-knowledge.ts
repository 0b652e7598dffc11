import { useEffect, useState } from 'preact/hooks';
import type { Knowledge } from './knowledge';

/** The index, once its chunk has loaded; the search index is then built in idle time. */
export function useKnowledge(): Knowledge | null {
  const [knowledge, setKnowledge] = useState<Knowledge | null>(null);
  useEffect(() => {
    void import('./knowledge').then(({ knowledge: k }) => {
      setKnowledge(k);
      k.prepare();
    });
  }, []);
  return knowledge;
}
