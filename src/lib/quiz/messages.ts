/**
 * Which UI strings (keys in `src/i18n/{de,en}.json`) explain a result. The texts themselves live in the
 * i18n files; this module only decides which ones apply and with which numbers, so the island and the
 * method page word things the same way.
 */
import type { UiKey } from '../../i18n';
import type { Translate as TranslateKeys } from '../i18n/translate';
import type { QuizKey } from './runner';
import type { Band, Driver, QuizResult, Verdict } from './scoring';
import { QUIZ_ROLES, type Answer, type Facet, type QuizRole } from './types';

/**
 * A UI string key and its `{placeholder}` values. Values listed in `keyParams` are themselves UI string keys
 * (an answer label, a role name) and are translated before they are filled in; see `renderMessage`.
 */
export interface Message {
  key: QuizKey;
  params?: Readonly<Record<string, string | number>>;
  keyParams?: readonly string[];
}

/** How the island and the method page look up a quiz string (`translator(strings)`, `useTranslations`). */
export type Translate = TranslateKeys<QuizKey>;

/** Translates a message: key parameters first, numbers formatted for the locale (German "4,5"). */
export function renderMessage(message: Message, t: Translate, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (message.keyParams?.includes(name) && typeof value === 'string') params[name] = t(value as QuizKey);
    else params[name] = typeof value === 'number' ? number.format(value) : value;
  }
  return t(message.key, params);
}

export const ANSWER_KEYS: Readonly<Record<Answer, QuizKey>> = {
  1: 'quiz.answer.1',
  2: 'quiz.answer.2',
  3: 'quiz.answer.3',
  4: 'quiz.answer.4',
  5: 'quiz.answer.5',
};

export const FACET_KEYS: Readonly<Record<Facet, QuizKey>> = {
  strategy: 'quiz.facet.strategy',
  content: 'quiz.facet.content',
  analytics: 'quiz.facet.analytics',
  trends: 'quiz.facet.trends',
  dialogue: 'quiz.facet.dialogue',
  moderation: 'quiz.facet.moderation',
  programmes: 'quiz.facet.programmes',
  insight: 'quiz.facet.insight',
};

/** The one-sentence verdict. */
export const VERDICT_KEYS: Readonly<Record<Verdict, QuizKey>> = {
  'clear-smm': 'quiz.verdict.clearSmm',
  'lean-smm': 'quiz.verdict.leanSmm',
  both: 'quiz.verdict.both',
  'lean-cm': 'quiz.verdict.leanCm',
  'clear-cm': 'quiz.verdict.clearCm',
  neither: 'quiz.verdict.neither',
  unclear: 'quiz.verdict.unclear',
  insufficient: 'quiz.verdict.insufficient',
};

/** Short band names for the method page and the legend. */
export const BAND_KEYS: Readonly<Record<Band, UiKey>> = {
  'clear-smm': 'quiz.band.clearSmm',
  'lean-smm': 'quiz.band.leanSmm',
  both: 'quiz.band.both',
  'lean-cm': 'quiz.band.leanCm',
  'clear-cm': 'quiz.band.clearCm',
  neither: 'quiz.band.neither',
  unclear: 'quiz.band.unclear',
};

export const ROLE_KEYS: Readonly<Record<QuizRole, QuizKey>> = { smm: 'quiz.role.smm', cm: 'quiz.role.cm' };

// ---------------------------------------------------------------- neighbouring roles ("neither")

export const NEIGHBOUR_ROLES = [
  'content-creator',
  'online-editor',
  'support-lead',
  'pr',
  'marketing-analyst',
] as const;
export type NeighbourRole = (typeof NEIGHBOUR_ROLES)[number];

/** The facets each neighbouring role draws on most; they order the suggestions by the visitor's profile. */
export const NEIGHBOUR_FACETS: Readonly<Record<NeighbourRole, readonly Facet[]>> = {
  'content-creator': ['content', 'trends'],
  'online-editor': ['content', 'insight'],
  'support-lead': ['dialogue', 'moderation'],
  pr: ['strategy', 'dialogue'],
  'marketing-analyst': ['analytics', 'insight'],
};

export const NEIGHBOUR_KEYS: Readonly<Record<NeighbourRole, { name: QuizKey; text: QuizKey }>> = {
  'content-creator': {
    name: 'quiz.neighbour.contentCreator.name',
    text: 'quiz.neighbour.contentCreator.text',
  },
  'online-editor': { name: 'quiz.neighbour.onlineEditor.name', text: 'quiz.neighbour.onlineEditor.text' },
  'support-lead': { name: 'quiz.neighbour.supportLead.name', text: 'quiz.neighbour.supportLead.text' },
  pr: { name: 'quiz.neighbour.pr.name', text: 'quiz.neighbour.pr.text' },
  'marketing-analyst': {
    name: 'quiz.neighbour.marketingAnalyst.name',
    text: 'quiz.neighbour.marketingAnalyst.text',
  },
};

/**
 * The neighbouring roles that draw on a work style the visitor clearly likes (a facet score of at least
 * `minRating`, `neighbourMin` in the quiz data), best fit first: ranked by the mean of the visitor's scores on
 * the role's facets (facets without an answer are left out). Equal ratings keep the order of `NEIGHBOUR_ROLES`.
 */
export function suggestNeighbours(
  facets: Readonly<Record<Facet, number | null>>,
  minRating: number,
): NeighbourRole[] {
  const scoresOf = (role: NeighbourRole): number[] =>
    NEIGHBOUR_FACETS[role].map((f) => facets[f]).filter((v): v is number => v !== null);
  return [...NEIGHBOUR_ROLES]
    .map((role, order) => {
      const values = scoresOf(role);
      const rating = values.length === 0 ? -1 : values.reduce((a, b) => a + b, 0) / values.length;
      return { role, order, rating, top: Math.max(-1, ...values) };
    })
    .filter((x) => x.top >= minRating)
    .sort((a, b) => b.rating - a.rating || a.order - b.order)
    .map((x) => x.role);
}

// ---------------------------------------------------------------- explanations

/** Per role: answers still needed for a verdict (0 once there are enough). */
export function missingPerRole(result: QuizResult): Record<QuizRole, number> {
  return {
    smm: Math.max(0, result.required.smm - result.answered.smm),
    cm: Math.max(0, result.required.cm - result.answered.cm),
  };
}

/**
 * The verdict sentence followed by the notes that apply, in reading order:
 * - insufficient: how many answers per role are needed and which role still lacks how many;
 * - unclear: why there is no direction yet, then what to do next;
 * - tie: both scores are exactly equal;
 * - neither: which role is still closer (when one is ahead by a band step); neighbouring roles follow
 *   separately (`suggestNeighbours`).
 */
export function explainResult(result: QuizResult): Message[] {
  const messages: Message[] = [{ key: VERDICT_KEYS[result.verdict] }];
  if (result.verdict === 'insufficient') {
    const missing = missingPerRole(result);
    messages.push({
      key: 'quiz.insufficient.text',
      params: {
        required: Math.max(result.required.smm, result.required.cm),
        total: Math.max(result.itemCount.smm, result.itemCount.cm),
      },
    });
    for (const role of QUIZ_ROLES)
      if (missing[role] > 0)
        messages.push({
          key: 'quiz.insufficient.missing',
          params: { role: ROLE_KEYS[role], count: missing[role] },
          keyParams: ['role'],
        });
    return messages;
  }
  if (result.verdict === 'unclear' && result.unclearReason) {
    messages.push({ key: `quiz.unclear.${result.unclearReason}` });
    messages.push({ key: 'quiz.unclear.next' });
  }
  if (result.tie) messages.push({ key: 'quiz.tie.text' });
  if (result.verdict === 'neither' && result.leader)
    messages.push({ key: `quiz.neither.closer.${result.leader}` });
  return messages;
}

/**
 * One "why" line: `You rated "{activity}" as "{answer}". That points towards {role} ({points} points).`
 * `activity` is the item text in the page language.
 */
export function explainDriver(driver: Driver, activity: string): Message {
  return {
    key: driver.sentiment === 'like' ? 'quiz.driver.like' : 'quiz.driver.dislike',
    params: {
      activity,
      answer: ANSWER_KEYS[driver.answer],
      role: ROLE_KEYS[driver.toward],
      itemRole: ROLE_KEYS[driver.role],
      points: driver.points,
    },
    keyParams: ['answer', 'role', 'itemRole'],
  };
}
