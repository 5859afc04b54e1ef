/**
 * Column widths for a rendered Markdown table (the HTML inside <table>). A column whose cells hold long text
 * gets a class that sets a wider minimum width (global.css: .col-m, .col-l), so that on a narrow screen it
 * scrolls sideways instead of squeezing its text into a tall, narrow column. Short columns keep their
 * natural width (a year, a number).
 */
const CELL = /<(t[hd])\b([^>]*)>([\s\S]*?)<\/\1>/g;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/g;

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export type ColumnWidth = '' | 'col-m' | 'col-l';

/** The width class for a column from the mean length of its cells' text, in characters. */
export function widthFor(meanLength: number): ColumnWidth {
  if (meanLength > 40) return 'col-l';
  if (meanLength > 14) return 'col-m';
  return '';
}

const MIN_REM: Record<ColumnWidth, number> = { '': 5, 'col-m': 10, 'col-l': 15 };

/**
 * The narrowest viewport, in rem, from which a table of these columns fits beside the page margins (2rem)
 * and cell padding (1.5rem a column); below it the table scrolls. An estimate, rounded up to a breakpoint.
 */
export function hintBreakpoint(widths: ColumnWidth[]): 36 | 64 | undefined {
  const needed = widths.reduce((sum, w) => sum + MIN_REM[w] + 1.5, 2);
  if (needed <= 20) return undefined;
  return needed <= 36 ? 36 : 64;
}

export function columnWidths(rows: string): {
  columns: string[];
  html: string;
  hint: 36 | 64 | undefined;
} {
  const lengths: number[][] = [];
  let columns: string[] = [];
  for (const [, row] of rows.matchAll(ROW)) {
    const cells = [...row!.matchAll(CELL)].map((m) => text(m[3]!));
    if (columns.length === 0) columns = cells;
    else cells.forEach((c, i) => (lengths[i] ??= []).push(c.length));
  }
  const classes = columns.map((_, i) => {
    const l = lengths[i] ?? [];
    return widthFor(l.length ? l.reduce((a, b) => a + b, 0) / l.length : 0);
  });
  // Only the heading cells get the class: a table column is as wide as its widest minimum.
  let index = 0;
  const html = rows.replace(/<thead\b[^>]*>[\s\S]*?<\/thead>/, (head) =>
    head.replace(/<th\b([^>]*)>/g, (tag, attrs: string) => {
      const cls = classes[index++];
      return cls ? `<th${attrs} class="${cls}">` : tag;
    }),
  );
  return { columns, html, hint: hintBreakpoint(classes) };
}
