/**
 * The job-ad check island's props for one page language, built on the server: every guide link the result may
 * show (each task's section, the sections behind some flags) resolved from the guide's key and anchor, so a
 * link to a missing section fails the build, naming the field.
 */
import type { GuideSectionLink, Locale, Role } from '../../build/content/schemas';
import { GUIDE_KEYS, type SectionResolver } from '../content/guides';
import { jobAdRoleData } from './analyze';
import { PAY_TRANSPARENCY_SOURCES } from './sources';
import type { FlagId } from './flags';
import type { JobAdIslandProps, JobAdTaskInfo, SectionLink } from './view';

/**
 * Flags whose explanation continues in a guide section (guide key and anchor per language). Build-time only: the
 * island gets the resolved links.
 */
export const FLAG_SECTIONS: Partial<Record<FlagId, GuideSectionLink>> = {
  wollmilchsau: {
    guide: GUIDE_KEYS.jobAds,
    anchor: { de: 'warnsignale-die-eierlegende-wollmilchsau', en: 'red-flags-the-all-in-one-wonder' },
  },
  'always-on-no-rota': {
    guide: GUIDE_KEYS.bothRoles,
    anchor: { de: 'faustregeln-für-die-personalplanung', en: 'rules-of-thumb-for-staffing' },
  },
  'no-pay': {
    guide: GUIDE_KEYS.jobAds,
    anchor: { de: 'gehaltsspanne-was-die-eu-verlangt', en: 'pay-range-what-the-eu-requires' },
  },
};

export function jobAdIslandProps(input: {
  locale: Locale;
  /** The roles data, Social Media Manager first. */
  roles: readonly [Role, Role];
  /** The island's strings (`pickStrings(locale, …)`). */
  strings: JobAdIslandProps['strings'];
  sections: SectionResolver;
  flagSections?: typeof FLAG_SECTIONS;
}): JobAdIslandProps {
  const { locale, roles, strings, sections, flagSections = FLAG_SECTIONS } = input;
  /** The section's URL and label ("Guide: Section"); a missing guide or section fails the build. */
  const section = (link: GuideSectionLink, field: string): SectionLink => {
    const found = sections.resolve(link, field);
    return { href: found.href, topic: `${found.guide}: ${found.heading}` };
  };

  const tasks: Record<string, JobAdTaskInfo> = {};
  roles.forEach((role, r) => {
    const title = new Map(role.tasks.map((task) => [task.id, task.title[locale]]));
    role.vocabulary.forEach((entry, v) => {
      tasks[entry.task] = {
        title: title.get(entry.task) ?? entry.task,
        role: role.id,
        ...section(entry.link, `content/data/roles.yaml: roles[${r}].vocabulary[${v}].link`),
      };
    });
  });

  // Flags whose explanation continues in a guide. A content set without that guide (the test fixture) shows
  // the flag without the link; a guide without the section fails the build.
  const flagLinks = Object.fromEntries(
    Object.entries(flagSections)
      .filter(([, link]) => sections.has(link.guide))
      .map(([id, link]) => [id, section(link, `src/lib/jobad/page-props.ts: FLAG_SECTIONS.${id}`)]),
  ) as JobAdIslandProps['flagLinks'];

  return {
    locale,
    strings,
    roles: jobAdRoleData(roles),
    roleNames: { smm: roles[0].name[locale], cm: roles[1].name[locale] },
    tasks,
    flagLinks,
    paySources: PAY_TRANSPARENCY_SOURCES,
  };
}
