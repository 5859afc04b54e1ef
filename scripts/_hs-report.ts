import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkForms, findGluedSentences, mdxProse, uncitedFigures } from '../src/lib/content/house-style';
for (const locale of ['de','en'] as const) for (const kind of ['guides','glossary']) {
  const dir = path.join('content', locale, kind);
  for (const f of readdirSync(dir).filter(f=>f.endsWith('.mdx'))) {
    const text = readFileSync(path.join(dir,f),'utf8');
    const [, front='', body=''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const fm = parse(front);
    const faq = (fm.faq ?? []).flatMap((q:any)=>[q.question,q.answer]);
    const prose = [fm.title, fm.description, fm.term, fm.short, ...faq].filter(Boolean).join('\n\n') + '\n\n' + mdxProse(body);
    const out = [...checkForms(prose, locale), ...findGluedSentences(prose), ...uncitedFigures(body)];
    for (const s of fm.sources ?? []) if (!s.note || (s.year===null && !/undatiert|ohne Datum|ohne Jahr|laufend|undated|no date|not dated|continuously|living/i.test(s.note))) out.push({rule:'source', excerpt: `${s.id} year=${s.year} note=${s.note}`} as any);
    for (const o of out) console.log(`${dir}/${f}\t${o.rule}\t${o.excerpt}`);
  }
}
