// The page loader is inlined as a classic script in <head> (it must run before the first paint), so its built
// text must parse as a script: no import or export statement, nothing that ends the <script> element early.
import { describe, expect, it } from 'vitest';
import { compilePageLoader } from '../../src/build/integrations/page-loader';
import { THEME_STORAGE_KEY } from '../../src/lib/theme/theme-key';

describe('the page loader build', () => {
  // Its size on the built pages is guarded in tests/e2e/budgets.test.ts.
  it('is one classic script with its imports bundled in', async () => {
    const code = await compilePageLoader();
    // A Function body parses with the script goal: a static import or export would throw here.
    expect(() => new Function(code)).not.toThrow();
    expect(code).toContain(THEME_STORAGE_KEY);
    expect(code).not.toMatch(/<\/script/i);
  });
});
