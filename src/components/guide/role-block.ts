// What each role data component (RoleTasks, RoleKpis, …) starts from: the role its MDX tag names, from the roles
// data, and the page's language and translator.
import type { RoleId } from '../../build/content/schemas';
import { getRole } from '../../build/content-access';

export interface RoleProps {
  role: RoleId;
}

export async function roleBlock(astro: { props: RoleProps; locals: App.Locals }) {
  return { ...astro.locals, role: await getRole(astro.props.role) };
}
