/**
 * The job-ad check: reads an ad, marks each duty as social-media work, community work, both or other,
 * and derives the verdict, the title fit and the red flags. Plain functions on plain data: the island and
 * the tests call the same code.
 */
import type { Locale, RoleId } from '../content/ids';
import type { TaskVocabulary } from '../../build/content/schemas';
import { detectLanguage, type DetectedLanguage } from './language';
import { compileTerms, findAll, indexText, type Span, type Term } from './match';
import { segmentAd, type Segment } from './segment';
import { findFlags, toolMatchers, type Flag, type ToolMatcher } from './flags';

/** Longer text is cut here (a long ad has about 12,000 characters); the visitor is told. */
export const MAX_CHARS = 30_000;
/** Fewer words than this is not an ad yet. */
export const MIN_WORDS = 12;
/** Fewer duties that name role work than this gives the verdict "unclear". */
export const MIN_ROLE_DUTIES = 3;
/** A role's share of the role duties from which the ad counts as that role's post; between the two, hybrid. */
export const ROLE_SHARE = 0.7;

export type Category = RoleId | 'both' | 'other';
export type Verdict = RoleId | 'hybrid' | 'unclear';
export type TitleRole = RoleId | 'hybrid' | 'other';
export type TitleFit = 'fits' | 'mismatch' | 'neither' | 'unknown' | 'none';
export type Status = 'empty' | 'too-short' | 'other-language' | 'ok';

/** The data the check needs: each role's vocabulary and tool examples, as in content/data/roles.yaml. */
export interface JobAdRoleData {
  id: RoleId;
  vocabulary: ReadonlyArray<Pick<TaskVocabulary, 'task' | 'de' | 'en'>>;
  toolExamples: readonly string[];
}

interface CompiledPhrase {
  role: RoleId;
  task: string;
  phrase: string;
  terms: Term[];
  /** Letters matched, to prefer the longer of two overlapping phrases. */
  weight: number;
}

export interface JobAdVocabulary {
  phrases: Record<Locale, CompiledPhrase[]>;
  tools: ToolMatcher[];
}

export function compileVocabulary(roles: readonly JobAdRoleData[]): JobAdVocabulary {
  const phrases: Record<Locale, CompiledPhrase[]> = { de: [], en: [] };
  for (const role of roles)
    for (const entry of role.vocabulary)
      for (const locale of ['de', 'en'] as const)
        for (const phrase of entry[locale]) {
          const terms = compileTerms(phrase);
          phrases[locale].push({
            role: role.id,
            task: entry.task,
            phrase,
            terms,
            weight: terms.reduce((sum, t) => sum + t.compact.length, 0),
          });
        }
  for (const locale of ['de', 'en'] as const) phrases[locale].sort((a, b) => b.weight - a.weight);
  return { phrases, tools: toolMatchers(roles.flatMap((r) => r.toolExamples)) };
}

export interface PhraseMatch {
  role: RoleId;
  task: string;
  phrase: string;
  /** Where the phrase stands in the segment's text. */
  spans: Span[];
}

export interface AnalysedSegment extends Segment {
  duty: boolean;
  category: Category | null;
  /** The deciding phrase per role (the longest match), at most one per role. */
  deciding: PhraseMatch[];
  /** Every task found, for the flags. */
  tasks: string[];
}

export interface JobAdAnalysis {
  status: Status;
  detected: DetectedLanguage;
  language: Locale;
  truncated: boolean;
  html: boolean;
  words: number;
  segments: AnalysedSegment[];
  counts: Record<Category, number>;
  /** Shares of the role duties, a duty of both roles counting half for each (0–1). */
  shares: Record<RoleId, number>;
  verdict: Verdict;
  title: { text: string; role: TitleRole } | null;
  titleFit: TitleFit;
  flags: Flag[];
}

const NO_COUNTS: Record<Category, number> = { smm: 0, cm: 0, both: 0, other: 0 };

/** Pasted HTML: tags become line breaks or nothing and entities their characters; nothing of it is run. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<(?:br|\/p|\/div|\/li|\/h\d|\/tr|\/ul|\/ol)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const HTML_TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?>/i;

/** Overlaps between spans of different phrases: the longer phrase keeps its words. */
const overlaps = (a: readonly Span[], b: readonly Span[]) =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

function matchSegment(text: string, phrases: readonly CompiledPhrase[]): PhraseMatch[] {
  const index = indexText(text);
  const found: PhraseMatch[] = [];
  for (const p of phrases) {
    const spans = findAll(index, p.terms);
    // Phrases come longest first: a shorter one inside a longer one's words ("guidelines" inside
    // "community guidelines") does not count.
    if (spans && !found.some((f) => f.role !== p.role && overlaps(f.spans, spans) && covers(f.spans, spans)))
      found.push({ role: p.role, task: p.task, phrase: p.phrase, spans });
  }
  return found;
}

/** Whether every span of `inner` lies within a span of `outer`. */
const covers = (outer: readonly Span[], inner: readonly Span[]) =>
  inner.every((i) => outer.some((o) => o.start <= i.start && i.end <= o.end));

function titleRole(title: string): TitleRole {
  const compact = indexText(title).compact;
  const smm = compact.includes('socialmedia');
  const cm = compact.includes('community');
  return smm && cm ? 'hybrid' : smm ? 'smm' : cm ? 'cm' : 'other';
}

export interface AnalyseOptions {
  /** 'auto' detects; a locale overrides the detection. */
  language?: Locale | 'auto';
  /** Used when detection finds too few words to decide. */
  fallback?: Locale;
}

export function analyseAd(
  input: string,
  vocabulary: JobAdVocabulary,
  options: AnalyseOptions = {},
): JobAdAnalysis {
  const html = HTML_TAG.test(input);
  let text = (html ? htmlToText(input) : input).replace(/\r\n?/g, '\n');
  const truncated = text.length > MAX_CHARS;
  if (truncated) text = text.slice(0, MAX_CHARS);
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const detection = detectLanguage(text);
  const chosen = options.language && options.language !== 'auto' ? options.language : null;
  const language: Locale =
    chosen ??
    (detection.language === 'de' || detection.language === 'en'
      ? detection.language
      : (options.fallback ?? 'de'));
  const base = {
    detected: detection.language,
    language,
    truncated,
    html,
    words,
    segments: [],
    counts: { ...NO_COUNTS },
    shares: { smm: 0, cm: 0 },
    verdict: 'unclear' as const,
    title: null,
    titleFit: 'none' as const,
    flags: [],
  };
  if (!text.trim()) return { ...base, status: 'empty' };
  if (words < MIN_WORDS) return { ...base, status: 'too-short' };
  if (!chosen && detection.language === 'other') return { ...base, status: 'other-language' };

  const raw = segmentAd(text);
  const hasDutySection = raw.some((s) => s.kind === 'heading' && s.section === 'duties');
  const phrases = vocabulary.phrases[language];
  const counts = { ...NO_COUNTS };
  const segments: AnalysedSegment[] = raw.map((segment) => {
    const inText = segment.kind === 'bullet' || segment.kind === 'sentence';
    const candidate = inText && (hasDutySection ? segment.section === 'duties' : segment.section === null);
    const matches = candidate ? matchSegment(segment.text, phrases) : [];
    const roles = new Set(matches.map((m) => m.role));
    const duty = candidate && (segment.section === 'duties' || roles.size > 0);
    const category: Category | null = !duty
      ? null
      : roles.size === 2
        ? 'both'
        : roles.size === 1
          ? [...roles][0]!
          : 'other';
    if (category) counts[category]++;
    const deciding = (['smm', 'cm'] as const)
      .map((role) => matches.find((m) => m.role === role))
      .filter((m): m is PhraseMatch => Boolean(m));
    return { ...segment, duty, category, deciding, tasks: [...new Set(matches.map((m) => m.task))] };
  });

  const roleDuties = counts.smm + counts.cm + counts.both;
  const shares = {
    smm: roleDuties ? (counts.smm + counts.both / 2) / roleDuties : 0,
    cm: roleDuties ? (counts.cm + counts.both / 2) / roleDuties : 0,
  };
  const verdict: Verdict =
    roleDuties < MIN_ROLE_DUTIES
      ? 'unclear'
      : shares.smm >= ROLE_SHARE
        ? 'smm'
        : shares.cm >= ROLE_SHARE
          ? 'cm'
          : 'hybrid';

  const titleSegment = segments.find((s) => s.kind === 'title');
  const title = titleSegment ? { text: titleSegment.text, role: titleRole(titleSegment.text) } : null;
  const titleFit: TitleFit = !title
    ? 'none'
    : verdict === 'unclear'
      ? 'unknown'
      : title.role === 'other'
        ? 'neither'
        : title.role === verdict
          ? 'fits'
          : 'mismatch';

  const flags = findFlags({
    text,
    textOutsideOffer: segments.filter((s) => s.section !== 'offer').map((s) => s.text),
    dutyTasks: new Set(segments.filter((s) => s.duty).flatMap((s) => s.tasks)),
    tools: vocabulary.tools,
  });
  return { ...base, status: 'ok', segments, counts, shares, verdict, title, titleFit, flags };
}

/** A segment's text cut into plain and highlighted pieces, for rendering. */
export function highlightPieces(segment: AnalysedSegment): Array<{ text: string; mark: RoleId | null }> {
  const marks = segment.deciding
    .flatMap((m) => m.spans.map((s) => ({ ...s, role: m.role })))
    .sort((a, b) => a.start - b.start);
  const pieces: Array<{ text: string; mark: RoleId | null }> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping marks: the first one stays
    if (m.start > at) pieces.push({ text: segment.text.slice(at, m.start), mark: null });
    pieces.push({ text: segment.text.slice(m.start, m.end), mark: m.role });
    at = m.end;
  }
  if (at < segment.text.length) pieces.push({ text: segment.text.slice(at), mark: null });
  return pieces;
}

/** The check's data from the roles data: vocabulary and the tool examples ("Hootsuite, Buffer"). */
export function jobAdRoleData(
  roles: ReadonlyArray<{
    id: RoleId;
    vocabulary: JobAdRoleData['vocabulary'];
    tools: ReadonlyArray<{ examples?: string | undefined }>;
  }>,
): JobAdRoleData[] {
  return roles.map((role) => ({
    id: role.id,
    vocabulary: role.vocabulary.map(({ task, de, en }) => ({ task, de, en })),
    toolExamples: role.tools
      .flatMap((t) => (t.examples ?? '').split(',').map((name) => name.trim()))
      .filter(Boolean),
  }));
}
