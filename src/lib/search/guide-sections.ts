/** Splits an MDX guide body into its sections, as plain text, for the search index. */
export interface RawSection {
  heading: string | null;
  depth: number;
  text: string;
  /** Self-closing data components in the section (`<RoleTasks role="cm" />` → name and attributes). */
  components: Array<{ name: string; attrs: Record<string, string> }>;
}

/** The words a self-closing data component renders (role tasks, skills, tables); '' for citations. */
export type ComponentText = (name: string, attrs: Record<string, string>) => string;

const SELF_CLOSING = /<([A-Z]\w*)([^>]*)\/>/g;

function attributes(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** MDX body → plain text: links, emphasis and table pipes removed, the words kept; data components rendered. */
export function mdxToText(mdx: string, componentText: ComponentText = () => ''): string {
  return mdx
    .replace(/^(import|export) .*$/gm, '')
    .replace(SELF_CLOSING, (_, name: string, attrs: string) => ` ${componentText(name, attributes(attrs))} `)
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?[-:| ]+\|[-:| ]*$/gm, '')
    .replace(/[|*_`>#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function splitSections(body: string, componentText?: ComponentText): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection = { heading: null, depth: 1, text: '', components: [] };
  for (const line of body.split('\n')) {
    const match = /^(#{2,3})\s+(.*)$/.exec(line);
    if (match) {
      sections.push(current);
      current = { heading: mdxToText(match[2]!), depth: match[1]!.length, text: '', components: [] };
    } else {
      current.text += `${line}\n`;
      for (const m of line.matchAll(SELF_CLOSING))
        current.components.push({ name: m[1]!, attrs: attributes(m[2]!) });
    }
  }
  sections.push(current);
  return sections
    .map((s) => ({ ...s, text: mdxToText(s.text, componentText) }))
    .filter((s) => s.heading !== null || s.text);
}
