import { ENTRY_KINDS, type EntryKind } from '../match/kinds';
import type { Settings } from '../protocol/settings';
import { KIND_LINES, kindColours } from './palette';

/** How highlights look on a page: the CSS for every kind, and the kinds not shown at all. */
export interface HighlightLook {
  css: string;
  hidden: Array<EntryKind | 'figure' | 'mismatch'>;
}

/** `#rrggbb` with an alpha between 0 and 1, as `#rrggbbaa`. */
function withAlpha(hex: string, alpha: number): string {
  return (
    hex +
    Math.round(alpha * 255)
      .toString(16)
      .padStart(2, '0')
  );
}

/**
 * The `::highlight()` rules for the reader's colours and style. An underline keeps a light
 * fill so a kind reads on any background; the background style keeps a thin line in the kind's
 * pattern, so kinds stay apart where colours do not. High contrast draws everything stronger.
 */
export function highlightLook(settings: Pick<Settings, 'palette' | 'colours' | 'style' | 'hiddenKinds' | 'figureChecks'>): HighlightLook {
  const colours = kindColours(settings.palette, settings.colours);
  const strong = settings.palette === 'high-contrast';
  const fill = settings.style === 'background' ? (strong ? 0.4 : 0.3) : strong ? 0.16 : 0.12;
  const line = settings.style === 'background' ? '1px' : strong ? '3px' : '2px';
  const css = ENTRY_KINDS.map((kind) => {
    const colour = colours[kind];
    return `::highlight(baylens-${kind}) { background-color: ${withAlpha(colour, fill)}; text-decoration: underline ${line} ${KIND_LINES[kind]} ${colour}; }`;
  }).join('\n');
  const hidden: HighlightLook['hidden'] = [...settings.hiddenKinds];
  if (!settings.figureChecks) hidden.push('figure', 'mismatch');
  return { css, hidden };
}
