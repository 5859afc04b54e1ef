/**
 * The share link: the answers travel in the URL as `?v=<quiz version>&a=<one digit per item>`, '0' for no
 * answer and '1'–'5' for the scale (the compact answer string of the O*NET Interest Profiler API).
 * Opening the link recomputes the same result in either language; nothing is stored on a server.
 * Decoding never throws: a broken link yields a reason the page can explain.
 */
import { isAnswer, type Answer, type Answers, type MaybeAnswer, type QuizShape } from './types';

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
 * - `length`: `a` has more or fewer digits than the quiz has items (for example a link cut off when copied);
 * - `empty`: every digit is 0, so the link holds no answer at all (also when none of an older version's
 *   answers carries over to today's items).
 * The checks run in this order, so a link with both wrong characters and a wrong length reports `characters`.
 */
export type ShareErrorReason = 'missing' | 'version' | 'length' | 'characters' | 'empty';

/**
 * A readable link. `fromVersion` is set when the link was made by an earlier version of the quiz: its answers
 * were carried over item by item (by id), `carried` of them fit today's items, and the page says so.
 */
export type DecodeResult =
  | { ok: true; answers: MaybeAnswer[]; fromVersion: number | null; carried: number }
  | { ok: false; reason: ShareErrorReason };

/**
 * Answers given in another item order (an earlier version's ids) placed on today's items by id; items that
 * did not exist then stay unanswered.
 */
export function carryOver(
  fromIds: readonly string[],
  answers: Answers,
  toIds: readonly string[],
): MaybeAnswer[] {
  const byId = new Map<string, MaybeAnswer>();
  fromIds.forEach((id, i) => {
    const answer = answers[i];
    if (isAnswer(answer)) byId.set(id, answer);
  });
  return toIds.map((id) => byId.get(id) ?? null);
}

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
export function decodeShare(search: string | URLSearchParams, quiz: QuizShape): DecodeResult {
  try {
    const params = toParams(search);
    const digits = params.get(SHARE_ANSWERS_PARAM);
    if (digits === null || digits === '') return { ok: false, reason: 'missing' };
    const versionText = params.get(SHARE_VERSION_PARAM);
    const older = quiz.previous.find((p) => String(p.version) === versionText);
    if (versionText !== String(quiz.version) && !older) return { ok: false, reason: 'version' };
    const decoded = decodeAnswers(digits);
    if (decoded === null) return { ok: false, reason: 'characters' };
    const ids = older ? older.ids : quiz.ids;
    if (decoded.length !== ids.length) return { ok: false, reason: 'length' };
    const answers = older ? carryOver(older.ids, decoded, quiz.ids) : decoded;
    const carried = answers.filter(isAnswer).length;
    if (carried === 0) return { ok: false, reason: 'empty' };
    return { ok: true, answers, fromVersion: older ? older.version : null, carried };
  } catch {
    // URLSearchParams does not throw on strings, but a hostile object passed as URLSearchParams might.
    return { ok: false, reason: 'missing' };
  }
}

/**
 * The address to show in the browser while a result is on screen: the current URL (path kept as the host
 * serves it, `//quiz/` or `/quiz/index.html` included) with only the query replaced and no fragment. It is
 * built from `location.href`, never from `location.pathname` alone, which a browser reads as a host when the
 * path starts with `//` (F-8).
 */
export function addressWithQuery(href: string, query: string): string {
  const url = new URL(href);
  url.search = query ? `?${query}` : '';
  url.hash = '';
  return url.href;
}

/** The share link: the quiz page (`links.quiz`, a root-relative path) on this site, with the answers. */
export function shareLink(href: string, quizPath: string, query: string): string {
  return new URL(`${quizPath}?${query}`, href).href;
}
