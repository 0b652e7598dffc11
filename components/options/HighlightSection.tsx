import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/extension/i18n';
import { ENTRY_KINDS, type EntryKind } from '@/lib/match/kinds';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from '@/lib/protocol/settings';
import { highlightLook } from '@/lib/settings/look';
import { kindColours, PALETTE_NAMES, type PaletteName } from '@/lib/settings/palette';
import { kindLabel } from '../kinds';
import type { Change } from './OptionsPage';

const PALETTE_LABELS = { default: 'optionsPaletteDefault', 'high-contrast': 'optionsPaletteHighContrast' } as const;
const STYLE_LABELS = { underline: 'optionsStyleUnderline', background: 'optionsStyleBackground' } as const;

/**
 * Each kind's name marked on this page with the same `::highlight()` rules the pages get, so
 * the list is its own preview.
 */
function usePreview(root: { current: HTMLElement | null }, settings: Settings): string {
  const look = highlightLook(settings);
  useEffect(() => {
    const registered: string[] = [];
    for (const kind of ENTRY_KINDS) {
      const label = root.current?.querySelector(`[data-preview="${kind}"]`);
      if (!label || look.hidden.includes(kind)) continue;
      const range = document.createRange();
      range.selectNodeContents(label);
      CSS.highlights.set(`baylens-${kind}`, new Highlight(range));
      registered.push(`baylens-${kind}`);
    }
    return () => registered.forEach((name) => CSS.highlights.delete(name));
  });
  return look.css;
}

/** Colours, style and which kinds are marked at all; figure checks. */
export function HighlightSection({ settings, change }: { settings: Settings; change: Change }) {
  const root = useRef<HTMLElement>(null);
  const css = usePreview(root, settings);
  const colours = kindColours(settings.palette, settings.colours);
  const setShown = (kind: EntryKind, shown: boolean) =>
    change({ hiddenKinds: shown ? settings.hiddenKinds.filter((k) => k !== kind) : [...settings.hiddenKinds, kind] });
  const setColour = (kind: EntryKind, colour: string) => change({ colours: { ...settings.colours, [kind]: colour } });
  return (
    <section id="highlights" aria-labelledby="highlights-title" ref={root}>
      <style>{css}</style>
      <h2 id="highlights-title">{t('optionsHighlights')}</h2>
      <fieldset>
        <legend>{t('optionsPalette')}</legend>
        {PALETTE_NAMES.map((palette: PaletteName) => (
          <label key={palette} class="choice">
            <input type="radio" name="palette" checked={settings.palette === palette} onChange={() => void change({ palette })} />
            {t(PALETTE_LABELS[palette])}
          </label>
        ))}
        {Object.keys(settings.colours).length > 0 && (
          <button type="button" onClick={() => void change({ colours: {} })}>
            {t('optionsResetColours')}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style: HighlightStyle) => (
          <label key={style} class="choice">
            <input type="radio" name="style" checked={settings.style === style} onChange={() => void change({ style })} />
            {t(STYLE_LABELS[style])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsKinds')}</legend>
        <ul class="kind-list">
          {ENTRY_KINDS.map((kind) => {
            const name = kindLabel(kind, 'many');
            return (
              <li key={kind} class="kind-row">
                <input
                  type="checkbox"
                  id={`kind-${kind}`}
                  checked={!settings.hiddenKinds.includes(kind)}
                  aria-label={t('optionsKindShown', name)}
                  onChange={(e) => void setShown(kind, e.currentTarget.checked)}
                />
                <label for={`kind-${kind}`} class="kind-name">
                  <span data-preview={kind}>{name}</span>
                </label>
                <input
                  type="color"
                  value={colours[kind]}
                  aria-label={t('optionsKindColour', name)}
                  onChange={(e) => void setColour(kind, e.currentTarget.value)}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      <h2 id="figures-title">{t('optionsFigures')}</h2>
      <label class="choice">
        <input type="checkbox" checked={settings.figureChecks} onChange={(e) => void change({ figureChecks: e.currentTarget.checked })} />
        {t('optionsFigureChecks')}
      </label>
      <p class="muted">{t('optionsFigureChecksHint')}</p>
    </section>
  );
}
