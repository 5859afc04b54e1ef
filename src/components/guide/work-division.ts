// Who does what, from the data: the roles' tasks (roles.yaml) and the work both share (the knowledge check's
// "both" items, whose task pairs the build checks against the roles data). Used by the pictures.
import type { Locale } from '../../build/content/schemas';
import { getKnowledge, getRole } from '../../build/content-access';
import { divideWork } from '../../lib/layout/role-figures';

export async function workDivision(locale: Locale) {
  const roles = [await getRole('smm'), await getRole('cm')];
  const shared = (await getKnowledge()).sorting
    .filter((item) => item.answer === 'both')
    .map((item) => ({ tasks: item.tasks, text: item.text?.[locale] ?? '' }));
  return { roles, division: divideWork(roles, shared, locale) };
}
