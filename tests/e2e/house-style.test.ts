// The house-style check on what readers see: no page's visible text (scripts, styles and the head dropped; block
// elements kept apart as the browser lays them out) glues one sentence to the next. This catches text that
// templates and components put together ("erklärt.36 Begriffe"); the form rules run on the content files in
// tests/unit/house-style.test.ts, because rendered pages also quote source titles that may use other forms.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, htmlFileOf } from './browser';
import { findGluedSentences, htmlProse } from '../../src/build/content/house-style';

const pages = builtPages();

describe('rendered text', () => {
  it('finds the pages of the build', () => {
    expect(pages).toContain('/glossar/');
    expect(pages).toContain('/en/guides/');
  });

  it.each(pages)('%s has a space after every sentence end', (page) => {
    const text = htmlProse(readFileSync(htmlFileOf(page), 'utf8'));
    expect(findGluedSentences(text).map((f) => f.excerpt)).toEqual([]);
  });
});
