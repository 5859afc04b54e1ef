/**
 * House-style lint for reader-facing text: the slips an editorial review found more than once. Pure functions,
 * run by the unit tests over the content files and by the e2e tests over the built HTML. The rules are
 * documented in docs/content-guide.md ("House-style check"); keep both in step.
 *
 * The rules are deliberately narrow: each names one clear slip, so legitimate text (URLs, decimals,
 * abbreviations, quoted titles) never trips them.
 */
import type { Locale } from './schemas';

export interface StyleFinding {
  rule: string;
  /** The offending text with a little context. */
  excerpt: string;
  message: string;
}

interface FormRule {
  rule: string;
  locale: Locale;
  pattern: RegExp;
  message: string;
}

/**
 * One form for each word the site spells in two ways. Patterns run on prose with quoted titles removed
 * (see `withoutQuotes`), so a certificate called „Social Media Manager (PZOK)“ may keep its name.
 */
export const FORM_RULES: readonly FormRule[] = [
  {
    rule: 'communitys',
    locale: 'de',
    pattern: /\bCommunities\b/g,
    message: 'German plural is "Communitys" (Duden)',
  },
  {
    rule: 'communities',
    locale: 'en',
    pattern: /\bCommunitys\b/g,
    message: 'English plural is "communities"',
  },
  {
    rule: 'percent-sign',
    locale: 'de',
    pattern: /\d\s*Prozent\b/g,
    message: 'write figures with "%" (74 %), not "Prozent"',
  },
  {
    rule: 'percent-space',
    locale: 'de',
    pattern: /\d%/g,
    message: 'German puts a space before "%" (74 %)',
  },
  {
    rule: 'percent-sign',
    locale: 'en',
    pattern: /\d\s*per ?cent\b/g,
    message: 'write figures with "%" (74%), not "per cent"',
  },
  {
    rule: 'percent-space',
    locale: 'en',
    pattern: /\d[ \u00a0\u202f]%/g,
    message: 'English writes "74%" without a space',
  },
  {
    rule: 'hyphenated-title',
    locale: 'de',
    pattern: /\b(?:Social Media|Community|Online Marketing|E-Commerce) Manager/g,
    message: 'German job titles are hyphenated (Social-Media-Manager:in); quote a product or course name instead',
  },
  {
    rule: 'article-before-colon-form',
    locale: 'de',
    pattern: /\bzu[mr] (?:[\p{L}-]+-)?(?:Manager|Fachwirt|Redakteur|Moderator)(?::in)?\b/gu,
    message: '"zum/zur" before a job title forces one gender; rephrase ("zur Weiterbildung „…“", "als …:in")',
  },
  {
    rule: 'myth-label',
    locale: 'de',
    pattern: /\bWas dran ist\b/g,
    message: 'myth labels are "Der wahre Kern:" and "Richtig ist:"',
  },
  {
    rule: 'internal-jargon',
    locale: 'de',
    pattern: /\bRollendaten\b/g,
    message: 'internal data-file name in reader-facing text',
  },
  {
    rule: 'internal-jargon',
    locale: 'en',
    pattern: /\brole data\b/gi,
    message: 'internal data-file name in reader-facing text',
  },
];

/**
 * Removes text inside German („…“, ‚…‘), typographic English (“…”) and straight double quotes ("…"): titles,
 * quotations and worked examples. Run it on prose, not on raw MDX (JSX attributes use straight quotes too).
 */
export function withoutQuotes(text: string): string {
  // One pass, so the German closing mark “ is never taken for an English opening one.
  return text.replace(/(„)[^“”\n]*([“”])|(“)[^”\n]*(”)|(‚)[^‘’\n]*([‘’])|(")[^"\n]*(")/g, (_m, ...marks: unknown[]) =>
    marks.slice(0, 8).filter(Boolean).join(''),
  );
}

/** Markdown table rows, which list names as they are used (real job-ad titles, product names), not prose. */
const TABLE_ROW = /^\s*\|.*$/gm;

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** The form rules for one language, applied to prose. */
export function checkForms(text: string, locale: Locale): StyleFinding[] {
  const prose = withoutQuotes(text);
  const findings: StyleFinding[] = [];
  for (const { rule, locale: ruleLocale, pattern, message } of FORM_RULES) {
    if (ruleLocale !== locale) continue;
    // A table of title variants may show "Social Media Manager" as ads spell it; the rule is about prose.
    const checked = rule === 'hyphenated-title' ? prose.replace(TABLE_ROW, '') : prose;
    for (const match of checked.matchAll(pattern))
      findings.push({ rule, message, excerpt: excerptAround(checked, match.index, match[0].length) });
  }
  return findings;
}

/**
 * A sentence end glued to the next sentence: "erklärt.36 Begriffe", "Fragen.Zum Wissenstest". The word before
 * the mark must have at least three letters, so abbreviations (z.B., e.V., U.S.) pass; the next character
 * must be an upper-case letter or a digit, so domains (abi.de), file names and decimals (3.000, v1.1) pass.
 */
const GLUED_SENTENCE = /(?<![\p{L}\d./@:-])\p{L}*\p{Ll}{3}[.!?]["”“»)]?(?=[\p{Lu}\d])/gu;

export function findGluedSentences(text: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(GLUED_SENTENCE)) {
    // A URL or e-mail address in running text may legitimately hold "name.Name"; skip tokens that look like one.
    const tokenStart = text.lastIndexOf(' ', match.index) + 1;
    const token = text.slice(tokenStart, match.index + match[0].length + 20);
    if (/^[("„]?(?:https?:\/\/|www\.|[\w.-]+@)/.test(token)) continue;
    findings.push({
      rule: 'space-after-sentence',
      message: 'missing space after a sentence end',
      excerpt: excerptAround(text, match.index, match[0].length + 1),
    });
  }
  return findings;
}

/**
 * A figure that needs a source: a percentage, an amount of money, or a statement dated "(Stand 2018)" /
 * "(as of 2018)". Plain counts, years and worked arithmetic are not matched.
 */
const FIGURE =
  /\d[\d.,]*\s?(?:%|Prozent\b|per ?cent\b)|(?:€|EUR\b|CHF\b|Euro\b|Franken\b)\s?\d|\d[\d.,]*\s?(?:€|EUR\b|CHF\b|Euro\b|Franken\b)|\((?:Stand|as of)[^)]*\b(?:19|20)\d\d\)/;

/**
 * Splits MDX body text into paragraphs (blank-line separated) and returns those that state a figure but carry no
 * `<Cite …/>`. Headings, tables rows and list items each count as their own paragraph unit: a table row or list
 * item with a figure needs a citation in the same row or item.
 */
export function uncitedFigures(mdxBody: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const units = mdxBody.split(/\n\s*\n/).flatMap((block) =>
    // Table rows and list items are cited one by one; other blocks as a whole.
    /^\s*(?:\||[-*] |\d+\. )/m.test(block) ? block.split('\n') : [block],
  );
  for (const unit of units) {
    if (/^\s*(?:#|import |export |<[A-Z]\w* [^>]*\/>\s*$)/.test(unit)) continue;
    if (/^\s*\|[\s|:-]*\|?\s*$/.test(unit)) continue;
    // Figures inside quotation marks are quoted examples ("etwa 60 % Social Media, 40 % Community").
    const match = FIGURE.exec(withoutQuotes(mdxProse(unit)));
    if (match && !/<Cite id="/.test(unit))
      findings.push({
        rule: 'figure-needs-cite',
        message: 'a figure without a <Cite> in the same paragraph, list item or table row',
        excerpt: excerptAround(withoutQuotes(mdxProse(unit)), match.index, match[0].length),
      });
  }
  return findings;
}

/** Reader-facing text of an MDX body: components, tags and link targets removed, link texts kept. */
export function mdxProse(mdxBody: string): string {
  return mdxBody
    .replace(/<Cite [^>]*\/>/g, '')
    .replace(/<[A-Z]\w*(?:\s[^>]*)?\/>/g, ' ')
    .replace(/<\/?[A-Za-z]\w*(?:\s[^>]*)?>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '');
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|label|button|legend|select|textarea|input|img|svg|g|text|title|desc';

/**
 * The text a reader sees in a built page: scripts, styles, templates and `hidden` parts dropped; block
 * elements separate their neighbours as the browser's layout does, inline elements do not; so do an inline
 * SVG's labels (`<text>`, `<title>`, `<desc>`), which are separate captions, not one sentence.
 */
export function htmlProse(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/[ \t\r\n]+/g, ' ');
}
