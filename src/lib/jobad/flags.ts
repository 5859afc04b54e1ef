/**
 * Red flags and gaps of a job ad. Each check is a small list of patterns on the folded text (lower case,
 * ä → ae, ß → ss; see src/lib/search/normalize.ts), so German and English ads go through the same rules.
 */
import { fold, foldWithMap } from '../search/normalize';
import { compileTerm, findTerm, indexText, type Span, type TextIndex } from './match';

export const FLAG_IDS = [
  'wollmilchsau',
  'always-on-no-rota',
  'no-pay',
  'no-hours',
  'no-place',
  'no-remote',
  'no-reporting-line',
  'too-many-tools',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface Flag {
  id: FlagId;
  /** What the check found, for the explanation (areas, tool names, the always-on phrase). */
  found: string[];
}

/** More required tools and platforms than this is a flag. */
export const MAX_TOOLS = 8;
/** Areas of work (of the five below) that make one post the "eierlegende Wollmilchsau": all of them. */
export const WOLLMILCHSAU_MIN_AREAS = 5;

/** The five areas the flag looks for, by the role tasks that show them. */
export const WORK_AREAS = {
  strategy: ['smm.strategy'],
  production: ['smm.content-planning'],
  paid: ['smm.campaigns'],
  answering: ['cm.run-community', 'cm.moderate', 'cm.crisis-response'],
  events: ['cm.events'],
} as const;
export type WorkArea = keyof typeof WORK_AREAS;

// Patterns match folded text: "ä" is "ae", "ß" is "ss".
const ALWAYS_ON =
  /24\s?\/\s?7|rund um die uhr|wochenend\w*|am wochenende|abends|feiertag\w*|nachts|jederzeit|staendig erreichbar|immer erreichbar|ausserhalb der (?:geschaefts|arbeits|buero)zeiten|around the clock|weekends?|evenings?|out of hours|outside (?:office|business|working) hours|always[- ]on|always available|at all times|public holidays/;
const RESPONDING =
  /beantwort|antwort|erreichbar|reagier|kommentar|nachricht|moderi|moderat|betreu|praesen|im blick|online|respond|repl(?:y|ies)|answer|available|comment|message|monitor|cover|on call|keep an eye|inbox/;
const ROTA =
  /dienstplan|schichtplan|\bschicht|rotation|rotierend|im wechsel|abwechselnd|bereitschaftsplan|freizeitausgleich|zuschlae?ge?\b|ausgleich|vertretungsregel|\brotas?\b|\bshifts?\b|time off in lieu|\btoil\b|in turns|take turns|taking turns|allowance|on-call rota/;

const MONEY =
  /\d[\d.,]*\s?(?:k|tsd\.?|t)?\s?(?:€|eur\b|euro\b|£|gbp\b|\$|usd\b|chf\b)|(?:€|£|\$|\beur\b|\bchf\b|\bgbp\b)\s?\d|\b\d{2}[.,]?\d{3}\s*(?:-|–|bis|to)\s*\d{2}[.,]?\d{3}\b|\b\d{2,3}\s?k\s*(?:-|–|bis|to)\s*\d{2,3}\s?k\b/;
const PAY_SCALE =
  /tvoed|tv-?l\b|tarifvertrag|tarifgebunden|nach tarif|entgeltgruppe|besoldung|\be\s?\d{1,2}\b.*tv|collective agreement|pay scale|pay band|salary band|salary range: \d/;
const HOURS =
  /vollzeit|teilzeit|\bstunden|wochenstunden|arbeitszeit|\d+\s?(?:h|std\.?|stunden|hours|hrs)\b|full[- ]time|part[- ]time|\bhours\b|\bfte\b|\d+\s?%\s?(?:stelle|position)/;
const CITIES =
  'berlin|hamburg|muenchen|munich|koeln|cologne|frankfurt|stuttgart|duesseldorf|leipzig|dresden|hannover|nuernberg|bremen|essen|dortmund|bonn|mannheim|karlsruhe|freiburg|muenster|mainz|wiesbaden|potsdam|wien|vienna|zuerich|zurich|basel|bern|graz|linz|salzburg|london|manchester|bristol|edinburgh|dublin|amsterdam|rostock|kiel|luebeck|augsburg|regensburg|heidelberg|aachen|bielefeld|kassel|bochum|wuppertal|duisburg|gelsenkirchen|chemnitz|erfurt|magdeburg|saarbruecken|innsbruck|leeds|cardiff|glasgow|birmingham|liverpool|lisbon|lissabon|madrid|barcelona|paris|prague|prag|warsaw|copenhagen|stockholm|brussels|bruessel|portugal|spain|spanien|france|frankreich|netherlands|niederlande|deutschland|germany|oesterreich|austria|schweiz|switzerland|united kingdom|uk|ireland|europa|europe';
const PLACE = new RegExp(
  `standort|arbeitsort|\\bsitz in|buero in|office in|based in|\\blocation|headquarter|\\bhq\\b|deutschlandweit|bundesweit|anywhere in|fully remote|100\\s?% remote|komplett remote|vollstaendig remote|\\b(?:${CITIES})\\b`,
);
const REMOTE =
  /remote|home-?\s?office|mobiles? arbeit|mobil arbeiten|hybrides? arbeiten|hybrid (?:work|working|model|arbeiten)|hybrides modell|hybrid-modell|vor ort|praesenz|on-?site|in-office|in the office|office-based|from home|\bwfh\b|telearbeit|ortsunabhaengig|im buero|zu hause|in our office|in-person|\bhybrid\b/;
// "reports to" only where a person or the role reports, not "presents reports to the clients".
const REPORTING =
  /berichte(?:st|n|t)? (?:direkt )?an\b|berichtslinie|disziplinarisch|angesiedelt|angebunden an|unter der leitung|vorgesetzte|fuehrungskraft ist|unterstellt|zugeordnet|(?:^|[.:;,(]\s*|\byou(?:'ll| will)? |\bwho |\bwill |\brole |\bposition )reports? (?:directly )?(?:to|into)\b|reporting (?:directly )?(?:to|into|line)\b|line manager/m;

/** Platforms and tools ads ask for, beyond the examples in the roles data. */
const TOOL_NAMES = [
  'Instagram',
  'Facebook',
  'TikTok',
  'LinkedIn',
  'YouTube',
  'Pinterest',
  'Snapchat',
  'Threads',
  'Twitter',
  'Bluesky',
  'Mastodon',
  'WhatsApp',
  'Telegram',
  'Discord',
  'Reddit',
  'Twitch',
  'Xing',
  'Discourse',
  'Slack',
  'Hootsuite',
  'Sprout Social',
  'Buffer',
  'Brandwatch',
  'Talkwalker',
  'Meltwater',
  'Canva',
  'Photoshop',
  'Illustrator',
  'InDesign',
  'Lightroom',
  'Premiere Pro',
  'After Effects',
  'CapCut',
  'Final Cut',
  'DaVinci Resolve',
  'Figma',
  'Google Analytics',
  'Matomo',
  'Meta Business Suite',
  'Meta Ads Manager',
  'Google Ads',
  'HubSpot',
  'Salesforce',
  'Zendesk',
  'Freshdesk',
  'WordPress',
  'Notion',
  'Asana',
  'Trello',
  'Jira',
  'Confluence',
  'Mailchimp',
  'Khoros',
  'Agorapulse',
  'Emplifi',
  'Fanpage Karma',
  'Swat.io',
  'Semrush',
  'ChatGPT',
  'Midjourney',
  'Adobe Express',
  'Adobe Creative Cloud',
  'Excel',
  'PowerPoint',
  'Typo3',
  'Shopify',
];

export interface ToolMatcher {
  name: string;
  term: ReturnType<typeof compileTerm>;
}

/** Tool names from the roles data's examples ("Hootsuite, Sprout Social, Buffer") and the list above. */
export function toolMatchers(extraNames: readonly string[] = []): ToolMatcher[] {
  const byCompact = new Map<string, ToolMatcher>();
  for (const name of [...TOOL_NAMES, ...extraNames]) {
    const term = compileTerm(name.toLowerCase());
    if (term.compact.length >= 3 && !byCompact.has(term.compact)) byCompact.set(term.compact, { name, term });
  }
  // Longest first, so "Meta Business Suite" claims its words before a shorter name could.
  return [...byCompact.values()].sort((a, b) => b.term.compact.length - a.term.compact.length);
}

/** Distinct tools and platforms the ad names. */
export function toolsNamed(index: TextIndex, matchers: readonly ToolMatcher[]): string[] {
  const taken: Span[] = [];
  const names: string[] = [];
  for (const { name, term } of matchers) {
    const span = findTerm(index, term);
    if (!span || taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push(span);
    names.push(name);
  }
  return names;
}

export interface FlagInput {
  /** The whole ad text, and the text outside its benefits section (where "weekend" is a perk, not a duty). */
  text: string;
  textOutsideOffer: string[];
  /** Task ids found in duties. */
  dutyTasks: ReadonlySet<string>;
  tools: ToolMatcher[];
}

export function findFlags({ text, textOutsideOffer, dutyTasks, tools }: FlagInput): Flag[] {
  const flags: Flag[] = [];
  const folded = fold(text);

  const areas = (Object.keys(WORK_AREAS) as WorkArea[]).filter((area) =>
    WORK_AREAS[area].some((task) => dutyTasks.has(task)),
  );
  if (areas.length >= WOLLMILCHSAU_MIN_AREAS) flags.push({ id: 'wollmilchsau', found: areas });

  const alwaysOn = textOutsideOffer.flatMap((s) => {
    const { folded, map } = foldWithMap(s);
    const m = RESPONDING.test(folded) ? ALWAYS_ON.exec(folded) : null;
    // Quote the ad's own words: map the folded match back to the original text.
    return m ? [s.slice(map[m.index]!, map[m.index + m[0].length - 1]! + 1)] : [];
  });
  if (alwaysOn.length && !ROTA.test(folded))
    flags.push({ id: 'always-on-no-rota', found: [...new Set(alwaysOn)] });

  if (!MONEY.test(folded) && !PAY_SCALE.test(folded)) flags.push({ id: 'no-pay', found: [] });
  if (!HOURS.test(folded)) flags.push({ id: 'no-hours', found: [] });
  if (!PLACE.test(folded)) flags.push({ id: 'no-place', found: [] });
  if (!REMOTE.test(folded)) flags.push({ id: 'no-remote', found: [] });
  if (!REPORTING.test(folded)) flags.push({ id: 'no-reporting-line', found: [] });

  const named = toolsNamed(indexText(text), tools);
  if (named.length > MAX_TOOLS) flags.push({ id: 'too-many-tools', found: named });
  return flags;
}
