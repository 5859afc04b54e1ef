/**
 * The share link: the answers travel in the URL as `?v=<quiz version>&a=<one digit per item>`, '0' for no
 * answer and '1'–'5' for the scale (the compact answer string of the O*NET Interest Profiler API).
 * Opening the link recomputes the same result in either language; nothing is stored on a server.
 * Decoding never throws: a broken link yields a reason the page can explain.
 */
import { isAnswer, type Answer, type Answers, type MaybeAnswer } from './types';

export const SHARE_VERSION_PARAM = 'v';
export const SHARE_ANSWERS_PARAM = 'a';

/** One character per item: '0' for no answer, '1'–'5' for the answer. */
export function encodeAnswers(answers: Answers): string {
  let out = '';
  for (const answer of answers) out += isAnswer(answer) ? String(answer) : '0';
  return out;
}

/** The query string of a share link, without the leading '?': `v=2&a=4432…`. */
export function shareQuery(version: number, answers: Answers): string {
  return `${SHARE_VERSION_PARAM}=${version}&${SHARE_ANSWERS_PARAM}=${encodeAnswers(answers)}`;
}

/**
 * Why a link could not be read:
 * - `missing`: the URL carries no answers (`a` absent or empty): not a share link, show the quiz as usual;
 * - `version`: `v` is absent or names another quiz version, so the digits would belong to other questions;
 * - `characters`: `a` holds something other than the digits 0–5;
 * - `length`: `a` has more or fewer digits than the quiz has items (for example a link cut off when copied).
 * The checks run in this order, so a link with both wrong characters and a wrong length reports `characters`.
 */
export type ShareErrorReason = 'missing' | 'version' | 'length' | 'characters';

export type DecodeResult = { ok: true; answers: MaybeAnswer[] } | { ok: false; reason: ShareErrorReason };

const DIGITS = /^[0-5]*$/;

/** Reads the digits back into answers; null when a character is outside 0–5. */
export function decodeAnswers(digits: string): MaybeAnswer[] | null {
  if (!DIGITS.test(digits)) return null;
  return Array.from(digits, (c) => (c === '0' ? null : (Number(c) as Answer)));
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  let query = search;
  // Accept a bare query, one with '?', or a whole URL; a '#fragment' is not part of the query.
  const hash = query.indexOf('#');
  if (hash !== -1) query = query.slice(0, hash);
  const mark = query.indexOf('?');
  if (mark !== -1) query = query.slice(mark + 1);
  return new URLSearchParams(query);
}

/** Reads a share link's query (`location.search`, a whole URL or `URLSearchParams`). Never throws. */
export function decodeShare(
  search: string | URLSearchParams,
  version: number,
  itemCount: number,
): DecodeResult {
  try {
    const params = toParams(search);
    const digits = params.get(SHARE_ANSWERS_PARAM);
    if (digits === null || digits === '') return { ok: false, reason: 'missing' };
    if (params.get(SHARE_VERSION_PARAM) !== String(version)) return { ok: false, reason: 'version' };
    const answers = decodeAnswers(digits);
    if (answers === null) return { ok: false, reason: 'characters' };
    if (answers.length !== itemCount) return { ok: false, reason: 'length' };
    return { ok: true, answers };
  } catch {
    // URLSearchParams does not throw on strings, but a hostile object passed as URLSearchParams might.
    return { ok: false, reason: 'missing' };
  }
}
