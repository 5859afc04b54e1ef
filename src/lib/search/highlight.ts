/**
 * Turns matched ranges into text segments, each marked as matched or not. The UI renders segments as text
 * nodes inside <mark>, never as HTML, so content cannot inject markup.
 */
import type { Marked } from './engine';

export interface Segment {
  text: string;
  match: boolean;
}

export function highlight({ text, ranges }: Marked): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.min(Math.max(end, from), text.length);
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    if (to > from) segments.push({ text: text.slice(from, to), match: true });
    at = Math.max(at, to);
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
