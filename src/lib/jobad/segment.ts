/**
 * Splits a job ad into its parts: the title (first line), section headings, bullets and sentences. Each part
 * keeps its position in the text, so the page can show the ad in its own order with marks.
 */
import { indexText } from './match';

export type SectionKind = 'duties' | 'profile' | 'offer' | 'about' | 'apply' | 'facts';

export interface Segment {
  kind: 'title' | 'heading' | 'bullet' | 'sentence';
  text: string;
  /** Offsets in the analysed text, end exclusive. */
  start: number;
  end: number;
  /** The section the part stands in (by the last heading before it); null before any known heading. */
  section: SectionKind | null;
  /** Index of the line the part belongs to, so the page can keep a sentence's neighbours together. */
  line: number;
}

/** Heading words per section, folded to compact form (see match.ts): "Deine Aufgaben" → "deineaufgaben". */
const SECTION_HEADINGS: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  [
    'duties',
    [
      'aufgaben',
      'deineaufgaben',
      'ihreaufgaben',
      'deinaufgabenbereich',
      'ihraufgabenbereich',
      'aufgabenbereich',
      'daserwartetdich',
      'daserwartetsie',
      'wasdicherwartet',
      'wassieerwartet',
      'wasdubewegst',
      'wasdutust',
      'deinerolle',
      'ihrerolle',
      'taetigkeiten',
      'deinetaetigkeiten',
      'deinjob',
      'deinverantwortungsbereich',
      'yourtasks',
      'tasks',
      'responsibilities',
      'keyresponsibilities',
      'yourresponsibilities',
      'whatyouwilldo',
      'whatyoulldo',
      'theroleinbrief',
      'therole',
      'yourrole',
      'duties',
      'keyduties',
      'inthisrole',
      'whatyoulldoallday',
      'daytodayyouwill',
      'mainduties',
      'mainresponsibilities',
      'abouttherole',
      'whatyoullown',
      'whatyouwillown',
      'wasduverantwortest',
      'daytoday',
      'yourimpact',
      'theposition',
      'diestelle',
      'aboutthejob',
      'aboutthisrole',
    ],
  ],
  [
    'profile',
    [
      'deinprofil',
      'ihrprofil',
      'profil',
      'wasdumitbringst',
      'wassiemitbringen',
      'dasbringstdumit',
      'dasbringensiemit',
      'qualifikation',
      'qualifikationen',
      'anforderungen',
      'wirerwarten',
      'duhast',
      'dasbringstdumit',
      'requirements',
      'aboutyou',
      'whatyoubring',
      'yourprofile',
      'qualifications',
      'skills',
      'youhave',
      'musthave',
      'nicetohave',
      'whatweareloolingfor',
      'whatwerelookingfor',
      'yourskills',
      'wirsuchen',
      'wasduhast',
      'wasdukannst',
      'whatyouneed',
      'youbring',
      'youllbring',
    ],
  ],
  [
    'offer',
    [
      'wirbieten',
      'waswirbieten',
      'waswirdirbieten',
      'dasbietenwir',
      'benefits',
      'whatweoffer',
      'unserangebot',
      'deinevorteile',
      'ihrevorteile',
      'perks',
      'weoffer',
      'warumwir',
      'whyjoinus',
      'whyus',
      'dasbekommstdu',
      'wasduvonunsbekommst',
      'whatyouget',
      'unsereleistungen',
    ],
  ],
  [
    'about',
    ['ueberuns', 'werwirsind', 'aboutus', 'whoweare', 'dassindwir', 'unserunternehmen', 'theteam', 'dasteam'],
  ],
  [
    'apply',
    [
      'bewerbung',
      'deinebewerbung',
      'ihrebewerbung',
      'kontakt',
      'interessiert',
      'howtoapply',
      'apply',
      'contact',
      'interested',
      'bewirbdich',
      'jetztbewerben',
      'applynow',
    ],
  ],
  [
    'facts',
    ['rahmenbedingungen', 'eckdaten', 'thedetails', 'details', 'keyfacts', 'dieeckdaten', 'konditionen'],
  ],
];

const BULLET = /^\s*(?:[-•*·–—▪►✓✔➤○◦]|\d{1,2}[.)])\s+/u;
/** Short words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'z',
  'b',
  'bzw',
  'ca',
  'inkl',
  'ggf',
  'usw',
  'etc',
  'evtl',
  'u',
  'a',
  'd',
  'h',
  'e',
  'g',
  'i',
  'vs',
  'max',
  'min',
  'mind',
  'std',
  'tel',
  'nr',
  'dr',
  'prof',
  'str',
  'bspw',
  'sog',
  'vgl',
  'zzgl',
  'abs',
  'eg',
  'ie',
  'approx',
  'incl',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'hr',
  'wg',
  'gmbh',
  'co',
]);

/** The section a heading line opens, or null when the line is not a heading. */
export function headingSection(line: string): SectionKind | null {
  const clean = line.replace(/^[#*_\s]+|[*_:\s]+$/g, '');
  if (!clean || clean.length > 60 || /[.!?]$/.test(clean) || clean.split(/\s+/).length > 8) return null;
  const compact = indexText(clean).compact;
  for (const [kind, words] of SECTION_HEADINGS)
    if (words.some((w) => compact === w || (compact.startsWith(w) && w.length >= 6))) return kind;
  return null;
}

/** Sentence ranges within a line: after . ! ? followed by space and an upper-case letter or digit. */
function sentenceRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const boundary = /([.!?])\s+(?=[\p{Lu}\p{N}„"“])/gu;
  let start = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    if (m[1] === '.') {
      const before = /([\p{L}]+)\.$/u.exec(line.slice(Math.max(0, m.index - 12), m.index + 1));
      if (before && ABBREVIATIONS.has(before[1]!.toLowerCase())) continue;
    }
    ranges.push([start, m.index + 1]);
    start = m.index + m[0].length;
  }
  if (start < line.length) ranges.push([start, line.length]);
  return ranges;
}

export function segmentAd(text: string): Segment[] {
  const segments: Segment[] = [];
  let section: SectionKind | null = null;
  let offset = 0;
  let lineNo = 0;
  let seenTitle = false;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\s+$/u, '');
    const lead = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content) continue;
    lineNo++;
    const push = (kind: Segment['kind'], from: number, to: number) => {
      const piece = line.slice(from, to);
      const trimmedStart = from + (piece.length - piece.trimStart().length);
      const trimmedEnd = to - (piece.length - piece.trimEnd().length);
      if (trimmedEnd > trimmedStart)
        segments.push({
          kind,
          text: line.slice(trimmedStart, trimmedEnd),
          start: lineStart + trimmedStart,
          end: lineStart + trimmedEnd,
          section,
          line: lineNo,
        });
    };
    const heading = headingSection(content);
    if (!seenTitle) {
      seenTitle = true;
      // A first line that reads like a title (short, no full stop) is the title; otherwise the ad has none.
      if (!heading && content.length <= 120 && !/[.!?]$/.test(content) && content.split(/\s+/).length <= 14) {
        push('title', lead, line.length);
        continue;
      }
    }
    if (heading) {
      section = heading;
      push('heading', lead, line.length);
      continue;
    }
    // "Das bringst du mit: Begeisterung …": a heading and its text on one line.
    const colon = line.indexOf(':', lead);
    if (colon > lead && colon - lead < 40) {
      const inline = headingSection(line.slice(lead, colon));
      if (inline) {
        section = inline;
        for (const [from, to] of sentenceRanges(line.slice(colon + 1)))
          push('sentence', colon + 1 + from, colon + 1 + to);
        continue;
      }
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      push('bullet', bullet[0].length, line.length);
      continue;
    }
    for (const [from, to] of sentenceRanges(line)) push('sentence', from, to);
  }
  return segments;
}
