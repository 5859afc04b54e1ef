/**
 * The pictures drawn from the roles data at build time: who does which work (each role's own tasks and the
 * work both share) and a role's typical week as a timeline. Plain data in, positioned lines out; the Astro
 * components turn them into inline SVG. Text is wrapped by character count (the fonts are the reader's own,
 * so the width per character is an estimate with room to spare).
 */
import type { Locale, Role, RoleId } from '../../build/content/schemas';

/** Splits a text into lines of at most `max` characters, breaking at spaces (a longer word gets its own line). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface SharedWork {
  /** One task of each role that together make work both roles do. */
  tasks: string[];
  text: string;
}

export interface Division {
  own: Record<RoleId, string[]>;
  shared: string[];
}

/**
 * Each role's tasks that it alone does, and the work both share (pairs of tasks, one per role). A shared pair
 * that names a task the roles data does not have is an error, so the picture can never drift from the data.
 */
export function divideWork(roles: Role[], shared: SharedWork[], locale: Locale): Division {
  const byId = new Map(roles.flatMap((r) => r.tasks.map((t) => [t.id, t] as const)));
  const sharedIds = new Set<string>();
  for (const pair of shared) {
    for (const id of pair.tasks) {
      if (!byId.has(id)) throw new Error(`shared work "${pair.text}" names task "${id}", which no role has`);
      sharedIds.add(id);
    }
  }
  const own = Object.fromEntries(
    roles.map((r) => [r.id, r.tasks.filter((t) => !sharedIds.has(t.id)).map((t) => t.title[locale])]),
  ) as Record<RoleId, string[]>;
  return { own, shared: shared.map((s) => s.text) };
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
  /** A bullet dot before the first line of an item. */
  bullet?: boolean;
  bold?: boolean;
}

export interface DivisionLayout {
  width: number;
  height: number;
  /** The two role areas; they overlap where the shared work is. */
  areas: Record<RoleId, { y: number; height: number }>;
  lines: Array<TextLine & { role?: RoleId | 'both' }>;
}

const LINE = 22;
const PAD = 18;

/** A tall picture, readable at phone width without scaling: the first role on top, the second below, shared work where they overlap. */
export function layoutDivision(
  division: Division,
  labels: { smm: string; cm: string; both: string },
  width = 360,
): DivisionLayout {
  const maxChars = Math.floor((width - 2 * PAD - 16) / 8);
  const lines: DivisionLayout['lines'] = [];
  let y = PAD + 14;
  const block = (items: string[], role: RoleId | 'both') => {
    for (const item of items) {
      wrapText(item, maxChars).forEach((text, i) => {
        lines.push({ x: PAD + 16, y, text, bullet: i === 0, role });
        y += LINE;
      });
    }
  };
  lines.push({ x: PAD, y, text: labels.smm, bold: true, role: 'smm' });
  y += LINE + 6;
  block(division.own.smm, 'smm');
  const sharedTop = y - 4;
  y += PAD;
  lines.push({ x: PAD, y, text: labels.both, bold: true, role: 'both' });
  y += LINE + 6;
  block(division.shared, 'both');
  const sharedBottom = y;
  y += PAD;
  block(division.own.cm, 'cm');
  y += 6;
  lines.push({ x: PAD, y, text: labels.cm, bold: true, role: 'cm' });
  const height = y + PAD;
  return {
    width,
    height,
    areas: {
      smm: { y: 2, height: sharedBottom - 2 },
      cm: { y: sharedTop, height: height - 2 - sharedTop },
    },
    lines,
  };
}

export interface WeekLayout {
  width: number;
  /** Where the time axis runs; day names end left of it, tasks start right of it. */
  axisX: number;
  height: number;
  days: Array<{ label: string; y: number; height: number }>;
  lines: TextLine[];
}

/** A role's week as a timeline: one band per day on a vertical axis, the day's tasks beside it. */
export function layoutWeek(
  week: Role['typicalWeek'],
  dayLabel: (day: string) => string,
  taskTitle: (id: string) => string,
  width = 360,
): WeekLayout {
  const axisX = 116;
  const maxChars = Math.floor((width - axisX - 2 * PAD) / 7.6);
  const days: WeekLayout['days'] = [];
  const lines: TextLine[] = [];
  let y = PAD;
  for (const day of week) {
    const top = y;
    y += 14;
    for (const activity of day.activities) {
      wrapText(taskTitle(activity.task), maxChars).forEach((text, i) => {
        lines.push({ x: axisX + PAD + 8, y, text, bullet: i === 0 });
        y += LINE;
      });
    }
    days.push({ label: dayLabel(day.day), y: top, height: y - top - 8 });
    y += 6;
  }
  return { width, axisX, height: y + PAD - 14, days, lines };
}
