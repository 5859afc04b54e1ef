/** Splits an MDX guide body into its sections, as plain text, for the search index. */
export interface RawSection {
  heading: string | null;
  depth: number;
  text: string;
}

/** MDX body → plain text: components, links, emphasis and table pipes removed, the words kept. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<([A-Z]\w*)[^>]*\/>/g, '') // self-closing components render data or citations
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?[-:| ]+\|[-:| ]*$/gm, '')
    .replace(/[|*_`>#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function splitSections(body: string): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection = { heading: null, depth: 1, text: '' };
  const lines = body.split('\n');
  for (const line of lines) {
    const match = /^(#{2,3})\s+(.*)$/.exec(line);
    if (match) {
      sections.push(current);
      current = { heading: mdxToText(match[2]!), depth: match[1]!.length, text: '' };
    } else {
      current.text += `${line}\n`;
    }
  }
  sections.push(current);
  return sections.map((s) => ({ ...s, text: mdxToText(s.text) })).filter((s) => s.heading !== null || s.text);
}
