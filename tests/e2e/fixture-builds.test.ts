// Real builds of the test fixture, in one file so that they run one after another: builds of other content
// folders share the project's .astro/ (content modules, data store), so two at once break each other.
//
// A broken content file must stop the real build with a message that names the file and the field.
// Each build takes seconds, so these prove the wiring only: one MDX and one YAML failure (every data file goes
// through the one loadContentData, whose other cases are unit tests in content-schemas.test.ts and
// knowledge.test.ts), the guide-section check that exists only in the build, and the valid fixture.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, scratchDir } from '../../scripts/build-site';

function buildWith(breakContent: (dir: string) => void) {
  const work = scratchDir('build-');
  const content = path.join(work, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  breakContent(content);
  const result = buildSite({
    env: {
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ROLLENKLAR_CONTENT_DIR: content,
      ROLLENKLAR_OUT_DIR: path.join(work, 'dist'),
    },
  });
  rmSync(work, { recursive: true, force: true });
  // Strip colour codes in case the terminal forces them (CI=true does in some setups).
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('build with broken content', () => {
  it('fails on a guide without a description, naming the file and the field', () => {
    const { status, output } = buildWith((dir) =>
      edit(path.join(dir, 'de/guides/sample.mdx'), (t) => t.replace(/^description:.*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('de/guides/sample.mdx');
    expect(output).toMatch(/description\W+Required/);
  });

  it('fails on a missing English translation in the roles data', () => {
    const { status, output } = buildWith((dir) =>
      edit(path.join(dir, 'data/roles.yaml'), (t) =>
        t.replace('title: { de: Moderieren, en: Moderate }', 'title: { de: Moderieren }'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/data\/roles\.yaml: roles\[1\]\.tasks\[0\]\.title\.en: required field is missing/,
    );
  });

  it('fails on a knowledge-check link to a guide section that does not exist', () => {
    const { status, output } = buildWith((dir) =>
      edit(path.join(dir, 'data/knowledge.yaml'), (t) => t.replace('de: section', 'de: no-such-section')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'knowledge.yaml: sorting[0].link.anchor.de: guide "sample" has no section "#no-such-section"',
    );
  });

  it('builds the valid fixture', () => {
    const { status, output } = buildWith(() => undefined);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});

// A release build (ROLLENKLAR_RELEASE=1) must refuse to publish without the imprint and privacy details, and
// succeed once they are filled in; a normal build works with them unset (every other e2e test relies on it).
function releaseBuild(siteYaml?: (text: string) => string) {
  const work = scratchDir('release-');
  const content = path.join(work, 'content');
  const out = path.join(work, 'dist');
  cpSync('tests/fixtures/content', content, { recursive: true });
  const site = path.join(content, 'data/site.yaml');
  if (siteYaml) writeFileSync(site, siteYaml(readFileSync(site, 'utf8')));
  const result = buildSite({
    env: {
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ROLLENKLAR_RELEASE: '1',
      ROLLENKLAR_CONTENT_DIR: content,
      ROLLENKLAR_OUT_DIR: out,
    },
  });
  const imprint = existsSync(path.join(out, 'impressum/index.html'))
    ? readFileSync(path.join(out, 'impressum/index.html'), 'utf8')
    : '';
  rmSync(work, { recursive: true, force: true });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, imprint };
}

describe('release build', () => {
  it('fails while the operator data is unset, naming the file and every missing field', () => {
    const { status, output } = releaseBuild();
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/site.yaml: a release build (ROLLENKLAR_RELEASE=1)');
    expect(output).toMatch(
      /operator\.name, operator\.street, .*hosting\.address, supervisoryAuthority\.name/,
    );
  });

  it('succeeds with the details filled in, and the imprint shows them', () => {
    const { status, output, imprint } = releaseBuild(
      () => `name: Rollenklar
defaultUrl: https://rollenklar.example.org
operator:
  name: Erika Beispiel
  street: Beispielweg 1
  postalCode: '12345'
  city: Musterstadt
  country: Deutschland
  email: kontakt@example.org
contentResponsible:
  name: Erika Beispiel
hosting:
  name: Beispiel-Hosting GmbH
  address: Hostweg 2, 54321 Serverstadt
supervisoryAuthority:
  name: Landesbeauftragte für Datenschutz Beispielland
  url: https://datenschutz.example.org/
`,
    );
    expect(status, output.slice(-2000)).toBe(0);
    expect(imprint).toContain('Beispielweg 1');
    expect(imprint).not.toContain('data-legal-pending');
  });
});
