/**
 * Share previews (Open Graph images): one 1200 × 630 PNG per page, drawn at build time from the page's title
 * and kind in the site's look (white card, the logo's two rings, the role colours). satori lays the card out
 * as SVG with the self-hosted Inter font (npm @fontsource/inter), resvg rasterises it. Nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { Locale } from './content/schemas';
import { ROUTES, type RouteName } from '../lib/i18n/routes';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Where a page's preview image lives: /og/ plus the page path, `index` for a folder, `.png`. */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/\.html$/, '').replace(/\/$/, '/index');
  return `/og${clean.startsWith('/') ? clean : `/${clean}`}.png`;
}

/** The site section a page belongs to, as a route name: the longest route path the page starts with. */
export function sectionOf(pagePath: string, locale: Locale): RouteName {
  let best: RouteName = 'home';
  for (const [name, paths] of Object.entries(ROUTES) as Array<[RouteName, Record<Locale, string>]>) {
    const path = paths[locale];
    if (pagePath.startsWith(path) && path.length > ROUTES[best][locale].length) best = name;
  }
  return best;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

const COLORS = {
  bg: '#ffffff',
  soft: '#f4f5f7',
  text: '#16181d',
  muted: '#474d57',
  smm: '#8a3b00',
  cm: '#0b6b4f',
};

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
function loadFonts() {
  const require = createRequire(import.meta.url);
  const file = (weight: number) =>
    require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(file(weight)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The card as SVG markup (satori), for a page title and the kind of page it is. */
export async function cardSvg(title: string, kind: string, host: string): Promise<string> {
  const ring = (left: number, color: string) =>
    h('div', {
      position: 'absolute',
      top: 165,
      left,
      width: 300,
      height: 300,
      borderRadius: '50%',
      border: `26px solid ${color}`,
      opacity: 0.9,
    });
  const card = h(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      position: 'relative',
      background: COLORS.bg,
      fontFamily: 'Inter',
      color: COLORS.text,
    },
    [
      ring(800, COLORS.smm),
      ring(950, COLORS.cm),
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          width: 780,
        },
        [
          h('div', { display: 'flex', fontSize: 36, fontWeight: 700 }, 'Rollenklar'),
          h('div', { display: 'flex', flexDirection: 'column' }, [
            h(
              'div',
              {
                fontSize: 28,
                fontWeight: 700,
                color: COLORS.muted,
                textTransform: 'uppercase',
                letterSpacing: 2,
              },
              kind,
            ),
            h(
              'div',
              {
                fontSize: title.length > 60 ? 46 : 60,
                fontWeight: 700,
                lineHeight: 1.15,
                marginTop: 16,
                width: 596,
              },
              title,
            ),
          ]),
          h('div', { display: 'flex', fontSize: 28, color: COLORS.muted }, host),
        ],
      ),
    ],
  );
  return satori(card as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function cardPng(title: string, kind: string, host: string): Promise<Buffer> {
  const svg = await cardSvg(title, kind, host);
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
