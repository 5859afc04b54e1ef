/**
 * Turns match ranges (in folded text) into text segments of the original, each marked as matched or not.
 * The UI renders segments as text nodes inside <mark>, never as HTML, so content cannot inject markup.
 */
import { foldWithMap } from './normalize';

export interface Segment {
  text: string;
  match: boolean;
}

export function highlight(
  original: string,
  foldedRanges: ReadonlyArray<readonly [number, number]>,
): Segment[] {
  if (foldedRanges.length === 0) return [{ text: original, match: false }];
  const { map } = foldWithMap(original);
  // Mark original characters covered by any folded range.
  const marked = new Uint8Array(original.length);
  for (const [start, end] of foldedRanges) {
    for (let i = Math.max(0, start); i <= Math.min(end, map.length - 1); i++) {
      const from = map[i]!;
      const to = i + 1 < map.length ? map[i + 1]! : original.length;
      for (let j = from; j < Math.max(to, from + 1); j++) marked[j] = 1;
    }
  }
  const segments: Segment[] = [];
  let current = '';
  let currentMatch = marked[0] === 1;
  for (let i = 0; i < original.length; i++) {
    const isMatch = marked[i] === 1;
    if (isMatch !== currentMatch && current) {
      segments.push({ text: current, match: currentMatch });
      current = '';
    }
    currentMatch = isMatch;
    current += original[i];
  }
  if (current) segments.push({ text: current, match: currentMatch });
  return segments;
}
