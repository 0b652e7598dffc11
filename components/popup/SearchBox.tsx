import type { Ref } from 'preact';
import { t } from '@/lib/extension/i18n';

interface Props {
  value: string;
  onChange: (query: string) => void;
  /** Enter: open the first result. */
  onSubmit: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search field. While an input method is composing (pinyin, cangjie…) the half-typed
 * Latin letters are not searched: the query changes when the characters are chosen.
 */
export function SearchBox({ value, onChange, onSubmit, inputRef }: Props) {
  return (
    <div class="search" role="search">
      <input
        ref={inputRef}
        type="search"
        data-nav
        data-key="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => {
          if (!(e as InputEvent).isComposing) onChange(e.currentTarget.value);
        }}
        onCompositionEnd={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
    </div>
  );
}
