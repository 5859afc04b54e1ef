// The imprint and the privacy page, rendered from site data: every section German law expects, a plain
// notice while the operator's data is unset, and a release build that refuses to render without it.
import { afterEach, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as svelteRenderer } from '@astrojs/svelte/container-renderer';
import { JSDOM } from 'jsdom';
import ImprintPage from '../../src/components/ImprintPage.astro';
import PrivacyPage from '../../src/components/PrivacyPage.astro';
import { loadContentData } from '../../src/build/content/data-files';
import { siteFile, type SiteFile } from '../../src/build/content/schemas';
import { checkLegalData, missingLegalFields, RELEASE_ENV } from '../../src/lib/privacy/legal';
import { knowledgeKey } from '../../src/lib/knowledge/storage';
import { JOB_AD_STORAGE_KEY } from '../../src/lib/jobad/storage';
import { ROUTES } from '../../src/lib/i18n/routes';
import { pageLocals } from '../../src/page-locals';

const data = loadContentData('content');
const versions = { quiz: data.quiz.version, knowledge: data.knowledge.version };
const unset = data.site;
// Invented, clearly fictitious details (example.org, a 555 number) only to exercise the filled-in layout.
const filled: SiteFile = siteFile.parse({
  name: 'Rollenklar',
  defaultUrl: 'https://rollenklar.example.org',
  operator: {
    name: 'Erika Beispiel',
    street: 'Beispielweg 1',
    postalCode: '12345',
    city: 'Musterstadt',
    country: 'Deutschland',
    email: 'kontakt@example.org',
    phone: '+49 555 0100',
    vatId: 'DE000000000',
  },
  contentResponsible: { name: 'Erika Beispiel' },
  hosting: { name: 'Beispiel-Hosting GmbH', address: 'Hostweg 2, 54321 Serverstadt', logRetentionDays: 14 },
  supervisoryAuthority: {
    name: 'Landesbeauftragte für Datenschutz Beispielland',
    url: 'https://datenschutz.example.org/',
  },
});

async function render(page: typeof ImprintPage | typeof PrivacyPage, locale: 'de' | 'en', site: SiteFile) {
  // The privacy page's stored-data panel is a Svelte island.
  const container = await AstroContainer.create({ renderers: await loadRenderers([svelteRenderer()]) });
  const html = await container.renderToString(page, {
    props: { site, versions },
    locals: pageLocals(locale),
    request: new Request(
      `https://rollenklar.de${ROUTES[page === ImprintPage ? 'imprint' : 'privacy'][locale]}`,
    ),
  });
  return new JSDOM(html).window.document;
}

const headings = (doc: Document) =>
  [...doc.querySelectorAll('main h2, .prose h2')].map((h) => h.textContent!.trim());
const text = (doc: Document) => doc.querySelector('.prose')!.textContent!.replace(/\s+/g, ' ');

afterEach(() => {
  delete process.env[RELEASE_ENV];
});

describe('imprint', () => {
  it('renders operator, contact and the person responsible for content from the site data', async () => {
    const doc = await render(ImprintPage, 'de', filled);
    expect(headings(doc)).toEqual([
      'Angaben gemäß § 5 DDG',
      'Kontakt',
      'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
      'Inhalte',
    ]);
    expect(doc.querySelector('[data-operator]')!.textContent).toMatch(
      /Erika Beispiel\s*Beispielweg 1\s*12345 Musterstadt\s*Deutschland/,
    );
    expect(doc.querySelector('[data-contact] a')!.getAttribute('href')).toBe('mailto:kontakt@example.org');
    expect(text(doc)).toMatch(/Umsatzsteuer-Identifikationsnummer\s*DE000000000/);
    expect(doc.querySelector('[data-responsible]')!.textContent).toMatch(
      /Erika Beispiel\s*Anschrift wie oben/,
    );
    expect(doc.querySelector('[data-legal-pending]')).toBeNull();
    expect(text(doc)).not.toContain('noch nicht eingetragen');
  });

  it('says plainly while the operator is unset, in both languages', async () => {
    const de = await render(ImprintPage, 'de', unset);
    expect(de.querySelector('[data-legal-pending]')!.textContent).toContain('noch nicht eingetragen');
    expect(de.querySelector('[data-operator]')!.textContent).toContain('noch nicht eingetragen');
    const en = await render(ImprintPage, 'en', unset);
    expect(en.querySelector('[data-legal-pending]')!.textContent).toContain('have not been entered yet');
    expect(headings(en)[0]).toBe('Information under section 5 DDG (German Digital Services Act)');
  });

  it('fails a release build, naming every missing field', async () => {
    process.env[RELEASE_ENV] = '1';
    await expect(render(ImprintPage, 'de', unset)).rejects.toThrow(
      /content\/data\/site\.yaml: a release build \(ROLLENKLAR_RELEASE=1\) .*operator\.name, operator\.street.*supervisoryAuthority\.url/,
    );
    await expect(render(ImprintPage, 'de', filled)).resolves.toBeTruthy();
    expect(missingLegalFields(filled)).toEqual([]);
    expect(() => checkLegalData(unset, { [RELEASE_ENV]: '0' })).not.toThrow();
  });
});

describe('privacy page', () => {
  it('renders controller, browser storage, hosting and logs, rights under Art. 15–21 and the authority', async () => {
    const doc = await render(PrivacyPage, 'de', filled);
    expect(headings(doc)).toEqual([
      'Verantwortlich',
      'Was in deinem Browser gespeichert wird',
      'Geteilte Links',
      'Hosting und Server-Logs',
      'Keine Cookies, keine Analyse',
      'Deine Rechte',
      'Beschwerde bei einer Aufsichtsbehörde',
    ]);
    expect(doc.querySelector('[data-controller]')!.textContent).toContain('Erika Beispiel');
    expect(text(doc)).toContain('Art. 4 Nr. 7 DSGVO');
    expect(doc.querySelector('[data-hosting]')!.textContent).toContain('Beispiel-Hosting GmbH');
    expect(text(doc)).toContain('Art. 6 Abs. 1 lit. f DSGVO');
    expect(text(doc)).toContain('nach 14 Tagen');
    const rights = [...doc.querySelectorAll('[data-rights] li')].map(
      (li) => /Art\. (\d+) DSGVO/.exec(li.textContent!)?.[1],
    );
    expect(rights).toEqual(['15', '16', '17', '18', '19', '20', '21']);
    expect(text(doc)).toContain('Art. 77 DSGVO');
    expect(doc.querySelector('[data-authority] a')!.getAttribute('href')).toBe(
      'https://datenschutz.example.org/',
    );
    expect(text(doc)).toContain('§ 25 Abs. 2 Nr. 2 TDDDG');
    expect(doc.querySelector('[data-legal-pending]')).toBeNull();
  });

  it('F-12: lists the knowledge check and job-ad check keys with the others, from the tools’ constants', async () => {
    for (const locale of ['de', 'en'] as const) {
      const doc = await render(PrivacyPage, locale, unset);
      const keys = [...doc.querySelectorAll('[data-known-keys] code')].map((c) => c.textContent);
      expect(keys).toContain(knowledgeKey(versions.knowledge));
      expect(keys).toContain(JOB_AD_STORAGE_KEY);
      expect(keys).toHaveLength(5);
    }
  });

  it('says plainly while the controller is unset, and the English page cites the GDPR', async () => {
    const de = await render(PrivacyPage, 'de', unset);
    expect(de.querySelector('[data-legal-pending]')).not.toBeNull();
    expect(de.querySelector('[data-controller]')!.textContent).toContain('noch nicht eingetragen');
    const en = await render(PrivacyPage, 'en', filled);
    expect(text(en)).toContain('Art. 6(1)(f) GDPR');
    expect([...en.querySelectorAll('[data-rights] li')]).toHaveLength(7);
  });
});
