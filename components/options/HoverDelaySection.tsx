import { useState } from 'preact/hooks';
import { t } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import type { Change } from './OptionsPage';

/** The slider's reach: longer delays are possible in a settings file, up to MAX_HOVER_DELAY_MS. */
const SLIDER_MAX_MS = 1500;
const STEP_MS = 50;

/** How long the pointer rests on a highlight before its card opens. */
export function HoverDelaySection({ settings, change }: { settings: Settings; change: Change }) {
  // The slider shows where it is while dragged; the setting is written when it is let go.
  const [dragged, setDragged] = useState<number | null>(null);
  const value = dragged ?? settings.hoverDelayMs;
  const words = value === 0 ? t('delayNone') : t('delayMs', value);
  return (
    <section id="hover-delay" aria-labelledby="hover-delay-title">
      <h2 id="hover-delay-title">{t('optionsHoverDelay')}</h2>
      <label class="delay-row">
        <span>{t('optionsHoverDelayLabel')}</span>
        <input
          type="range"
          min={0}
          max={Math.max(SLIDER_MAX_MS, settings.hoverDelayMs)}
          step={STEP_MS}
          value={value}
          aria-valuetext={words}
          onInput={(e) => setDragged(Number(e.currentTarget.value))}
          onChange={(e) => {
            setDragged(null);
            void change({ hoverDelayMs: Number(e.currentTarget.value) });
          }}
        />
        <output>{words}</output>
      </label>
    </section>
  );
}
