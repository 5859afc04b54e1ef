/**
 * The content contract. Every file under `content/` is validated against one of these schemas at build
 * time (see `src/content.config.ts`); tests feed broken fixtures through the same schemas.
 * Objects are strict so that a misspelt field fails instead of being silently dropped.
 */
import { z } from 'astro/zod';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLE_IDS = ['smm', 'cm'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** A text in every site language; a missing translation fails. */
export const localizedText = z.strictObject({ de: nonEmpty, en: nonEmpty });
export type LocalizedText = z.infer<typeof localizedText>;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case kebab-case (a-z, 0-9, -)' });

/** Task ids are namespaced by role: `cm.moderate-community`. */
export const taskId = z
  .string()
  .regex(/^(smm|cm)\.[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must look like "smm.some-task" or "cm.some-task"' });

const currentYear = new Date().getFullYear();

export const source = z.strictObject({
  id: kebabId.optional(),
  publisher: nonEmpty,
  title: nonEmpty,
  year: z
    .number()
    .int()
    .min(1990)
    .max(currentYear, { error: `must not be later than ${currentYear}` })
    .nullable(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  note: nonEmpty.optional(),
});
export type Source = z.infer<typeof source>;

// ---------------------------------------------------------------- MDX collections

export const guideFrontmatter = z.strictObject({
  key: kebabId,
  title: nonEmpty.max(90),
  description: nonEmpty.max(160, { error: 'must be at most 160 characters (it is the meta description)' }),
  order: z.number().int().min(1),
  updated: z.coerce.date(),
  roles: z.array(z.enum(ROLE_IDS)).default([]),
  sources: z.array(source).min(1, { error: 'a guide needs at least one source' }),
  faq: z.array(z.strictObject({ question: nonEmpty, answer: nonEmpty })).optional(),
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;

export const glossaryFrontmatter = z.strictObject({
  key: kebabId,
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  short: nonEmpty.max(240),
  related: z.array(kebabId).default([]),
  sources: z.array(source).default([]),
});
export type GlossaryFrontmatter = z.infer<typeof glossaryFrontmatter>;

// ---------------------------------------------------------------- YAML data

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export const role = z.strictObject({
  id: z.enum(ROLE_IDS),
  name: localizedText,
  definition: localizedText,
  tasks: z
    .array(
      z.strictObject({
        id: taskId,
        title: localizedText,
        summary: localizedText,
      }),
    )
    .min(1),
  skills: z.array(z.strictObject({ id: kebabId, name: localizedText })).min(1),
  kpis: z.array(z.strictObject({ id: kebabId, name: localizedText, description: localizedText })).min(1),
  tools: z
    .array(z.strictObject({ id: kebabId, name: nonEmpty, category: localizedText, examples: nonEmpty.optional() }))
    .min(1),
  typicalWeek: z
    .array(
      z.strictObject({
        day: z.enum(WEEKDAYS),
        activities: z.array(z.strictObject({ task: taskId, text: localizedText })).min(1),
      }),
    )
    .min(1),
  sources: z.array(source).min(1),
});
export type Role = z.infer<typeof role>;

export const rolesFile = z.strictObject({ roles: z.array(role).min(1) });

export const FACETS = ['strategy', 'analytics', 'content', 'dialogue', 'moderation', 'insight'] as const;

export const quizFile = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(
      z.strictObject({
        id: kebabId,
        role: z.enum(ROLE_IDS),
        text: localizedText,
        tasks: z.array(taskId).min(1),
        facets: z.array(z.enum(FACETS)).min(1),
      }),
    )
    .min(1),
});
export type QuizFile = z.infer<typeof quizFile>;

/** A link to a section of a guide: the guide's key and the section anchor (`##` heading slug) per language. */
const anchor = z
  .string()
  .regex(/^[\p{Ll}\p{N}]+(?:-+[\p{Ll}\p{N}]+)*$/u, { error: 'must be a heading anchor without "#"' });
export const guideSectionLink = z.strictObject({
  guide: kebabId,
  anchor: z.strictObject({ de: anchor, en: anchor }),
});
export type GuideSectionLink = z.infer<typeof guideSectionLink>;

export const KNOWLEDGE_ANSWERS = ['smm', 'cm', 'both'] as const;
export type KnowledgeAnswer = (typeof KNOWLEDGE_ANSWERS)[number];

/**
 * The knowledge check: a task-sorting exercise built from the roles data, and questions on the guides.
 * A sorting item lists one task id (it belongs to that role) or one task id of each role (both share it);
 * `answer` must say the same, which `checkKnowledge` verifies against the roles data.
 */
export const knowledgeFile = z.strictObject({
  version: z.number().int().min(1),
  sorting: z
    .array(
      z.strictObject({
        id: kebabId,
        tasks: z.array(taskId).min(1).max(2),
        answer: z.enum(KNOWLEDGE_ANSWERS),
        /** The text shown; without it, the title of the (single) task in the roles data. */
        text: localizedText.optional(),
        explanation: localizedText,
        link: guideSectionLink,
      }),
    )
    .min(1)
    .max(16, { error: 'the sorting exercise takes at most 16 tasks' }),
  questions: z
    .array(
      z.strictObject({
        id: kebabId,
        multiple: z.boolean().default(false),
        text: localizedText,
        options: z
          .array(z.strictObject({ text: localizedText, correct: z.boolean().default(false) }))
          .min(2)
          .max(6),
        explanation: localizedText,
        link: guideSectionLink,
      }),
    )
    .min(1)
    .max(12, { error: 'the knowledge check takes at most 12 questions' }),
});
export type KnowledgeFile = z.infer<typeof knowledgeFile>;

const checkerOption = z.strictObject({ id: kebabId, label: localizedText });

export const checkerInput = z.strictObject({
  id: kebabId,
  kind: z.enum(['number', 'choice', 'multi']),
  label: localizedText,
  help: localizedText,
  unit: localizedText.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  default: z.union([z.number(), kebabId, z.array(kebabId)]),
  allowUnknown: z.boolean().default(false),
  /** Number inputs: decimals allowed (hours, shares). Without it the field takes whole numbers (counts). */
  decimals: z.boolean().default(false),
  options: z.array(checkerOption).optional(),
});

export const checkerAssumption = z.strictObject({
  id: kebabId,
  label: localizedText,
  value: z.number(),
  /** The value in the low- and the high-workload set (the result's range); missing: the same as `value`. */
  low: z.number().optional(),
  high: z.number().optional(),
  unit: localizedText,
  min: z.number(),
  max: z.number(),
  /** What the source says and what is Rollenklar's own assumption, in both languages. */
  note: localizedText,
  source: source,
  alsoSources: z.array(source).default([]),
});

export const checkerFile = z.strictObject({
  inputs: z.array(checkerInput).min(1).max(12, { error: 'the checker allows at most 12 inputs' }),
  assumptions: z.array(checkerAssumption).min(1),
});
export type CheckerFile = z.infer<typeof checkerFile>;

const optionalText = z.string().trim().nullable().default(null);

export const siteFile = z.strictObject({
  name: nonEmpty,
  defaultUrl: z.url({ protocol: /^https?$/ }),
  operator: z.strictObject({
    name: optionalText,
    street: optionalText,
    postalCode: optionalText,
    city: optionalText,
    country: optionalText,
    email: z.email().nullable().default(null),
  }),
});
export type SiteFile = z.infer<typeof siteFile>;
