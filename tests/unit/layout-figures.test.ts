// The layout helpers behind tables, pictures and share previews: pure functions on rendered HTML and data.
import { describe, expect, it } from 'vitest';
import { columnWidths, hintBreakpoint, widthFor } from '../../src/lib/layout/table-columns';
import { divideWork, layoutDivision, layoutWeek, wrapText } from '../../src/lib/layout/role-figures';
import { ogImagePath, sectionOf } from '../../src/build/og-card';
import type { Role } from '../../src/build/content/schemas';

const TABLE =
  '<thead><tr><th>Quelle</th><th>Stand</th><th>Zahl</th></tr></thead>' +
  '<tbody><tr><td>BVCM-Studie</td><td>2018</td><td>51 % verdienen 30.000 bis 50.000 € im Jahr ohne variable Anteile</td></tr>' +
  '<tr><td>Gehalt.de (berichtet von adzine)</td><td>2019</td><td>Median <em>36.100 €</em> im Jahr<sup><a href="#s">1</a></sup></td></tr></tbody>';

describe('Markdown table columns', () => {
  it('names the columns and widens only those with long text', () => {
    const { columns, html, hint } = columnWidths(TABLE);
    expect(columns).toEqual(['Quelle', 'Stand', 'Zahl']);
    expect(html).toContain('<th class="col-m">Quelle</th><th>Stand</th><th class="col-l">Zahl</th>');
    expect(html).toContain('<td>2018</td>'); // body cells unchanged
    expect(hint).toBe(64); // 10 + 5 + 15 rem, 1.5 rem padding a column, 2 rem margins
  });

  it('sorts mean lengths into width classes', () => {
    expect([widthFor(4), widthFor(20), widthFor(80)]).toEqual(['', 'col-m', 'col-l']);
  });

  it('shows no hint for a table that fits a phone, and a later one for wider tables', () => {
    expect(hintBreakpoint(['', ''])).toBeUndefined();
    expect(hintBreakpoint(['col-l', 'col-l', 'col-l'])).toBe(64);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the limit and keeps every word', () => {
    const lines = wrapText('Redaktionsplan und Content-Produktion steuern', 20);
    expect(lines).toEqual(['Redaktionsplan und', 'Content-Produktion', 'steuern']);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });

  it('gives a word longer than the limit a line of its own', () => {
    expect(wrapText('a Kommunikationsstrategie b', 10)).toEqual(['a', 'Kommunikationsstrategie', 'b']);
  });
});

const task = (id: string, de: string) => ({ id, title: { de, en: de }, summary: { de, en: de } });
const roles = [
  {
    id: 'smm',
    tasks: [task('smm.strategy', 'Strategie'), task('smm.monitoring', 'Monitoring')],
    typicalWeek: [{ day: 'mon', activities: [{ task: 'smm.strategy', text: { de: 'x', en: 'x' } }] }],
  },
  {
    id: 'cm',
    tasks: [task('cm.moderate', 'Moderieren'), task('cm.analytics', 'Auswerten')],
    typicalWeek: [],
  },
] as unknown as Role[];

describe('who does what', () => {
  it('keeps each role’s own tasks and lists shared work once', () => {
    const division = divideWork(roles, [{ tasks: ['smm.monitoring', 'cm.analytics'], text: 'Messen' }], 'de');
    expect(division).toEqual({ own: { smm: ['Strategie'], cm: ['Moderieren'] }, shared: ['Messen'] });
  });

  it('fails on shared work that names a task no role has', () => {
    expect(() => divideWork(roles, [{ tasks: ['smm.nope'], text: 'X' }], 'de')).toThrow(/smm\.nope/);
  });

  it('lays the two areas out so that they overlap exactly around the shared work', () => {
    const layout = layoutDivision(
      { own: { smm: ['A', 'B'], cm: ['C'] }, shared: ['D'] },
      { smm: 'SMM', cm: 'CM', both: 'Beide' },
    );
    const { smm, cm } = layout.areas;
    const shared = layout.lines.find((l) => l.text === 'D')!;
    expect(cm.y).toBeLessThan(shared.y);
    expect(smm.y + smm.height).toBeGreaterThan(shared.y);
    expect(layout.lines.find((l) => l.text === 'A')!.y).toBeLessThan(cm.y);
    expect(layout.lines.find((l) => l.text === 'C')!.y).toBeGreaterThan(smm.y + smm.height);
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });

  it('puts each day of the week on the timeline with its tasks', () => {
    const week = layoutWeek(
      [
        { day: 'mon', activities: [{ task: 'smm.strategy', text: { de: '', en: '' } }] },
        { day: 'tue', activities: [{ task: 'smm.monitoring', text: { de: '', en: '' } }] },
      ],
      (d) => d.toUpperCase(),
      (id) => id,
    );
    expect(week.days.map((d) => d.label)).toEqual(['MON', 'TUE']);
    expect(week.lines.map((l) => l.text)).toEqual(['smm.strategy', 'smm.monitoring']);
    expect(week.days[1]!.y).toBeGreaterThan(week.days[0]!.y + week.days[0]!.height);
  });
});

describe('share previews', () => {
  it('has one image path per page', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/ratgeber/unterschied/')).toBe('/og/ratgeber/unterschied/index.png');
    expect(ogImagePath('/en/')).toBe('/og/en/index.png');
  });

  it('finds the section of a page for its label', () => {
    expect(sectionOf('/ratgeber/unterschied/', 'de')).toBe('guides');
    expect(sectionOf('/ratgeber/wissenstest/', 'de')).toBe('knowledge');
    expect(sectionOf('/en/quiz/method/', 'en')).toBe('quizMethod');
    expect(sectionOf('/en/', 'en')).toBe('home');
  });
});
