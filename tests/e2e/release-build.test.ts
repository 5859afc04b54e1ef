// A release build (ROLLENKLAR_RELEASE=1) must refuse to publish without the imprint and privacy details, and
// succeed once they are filled in; a normal build works with them unset (every other e2e test relies on it).
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/build-site';

function releaseBuild(siteYaml?: (text: string) => string) {
  const work = mkdtempSync(path.join(tmpdir(), 'rollenklar-release-'));
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
