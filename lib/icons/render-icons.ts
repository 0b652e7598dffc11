import { Resvg } from '@resvg/resvg-js';

/** The sizes the stores and browsers ask for: toolbar (16, 32), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * The "off on this site" variant: the same mark without colour and faded, so the toolbar says
 * at a glance that the page is not highlighted.
 */
export function offVariant(svg: string): string {
  const filter =
    '<defs><filter id="baylens-off"><feColorMatrix type="saturate" values="0"/></filter></defs><g filter="url(#baylens-off)" opacity="0.55">';
  return svg.replace(/(<svg[^>]*>)/, `$1${filter}`).replace(/<\/svg>\s*$/, '</g></svg>');
}

/**
 * Renders the icon's SVG to PNGs at every size, on and off: `icon/16.png`, `icon/off-16.png`…
 * Build time only, with no network (resvg is a bundled native renderer).
 */
export function renderIcons(svg: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [prefix, source] of [
    ['', svg],
    ['off-', offVariant(svg)],
  ] as const) {
    for (const size of ICON_SIZES) {
      const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
      files.set(`icon/${prefix}${size}.png`, png);
    }
  }
  return files;
}
