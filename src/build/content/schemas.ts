/**
 * The content contract. Every file under `content/` is validated against one of these schemas at build
 * time (see `src/content.config.ts`); tests feed broken fixtures through the same schemas.
 * Objects are strict so that a misspelt field fails instead of being silently dropped.
 */
import { z } from 'astro/zod';

import { FACETS, ROLE_IDS } from '../../lib/content/ids';
import { ASSUMPTION, INPUT, INPUT_CONTRACT } from '../../lib/checker/definitions';
export { FACETS, LOCALES, ROLE_IDS, type Locale, type RoleId } from '../../lib/content/ids';

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
  .regex(new RegExp(`^(${ROLE_IDS.join('|')})\\.[a-z0-9]+(?:-[a-z0-9]+)*$`), {
    error: `must look like ${ROLE_IDS.map((r) => `"${r}.some-task"`).join(' or ')}`,
  });

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
  /**
   * The day an editor last read the source and found the cited fact in it (YYYY-MM-DD). Optional, because
   * older entries were never re-checked; new and revised guides fill it for every source.
   */
  checked: z.coerce
    .date({ error: 'must be a date (YYYY-MM-DD)' })
    .max(new Date(), { error: 'must not be in the future' })
    .optional(),
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

export const glossaryFrontmatter = z.strictObject({
  key: kebabId,
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  short: nonEmpty.max(240),
  related: z.array(kebabId).default([]),
  sources: z.array(source).default([]),
});

// ---------------------------------------------------------------- YAML data

/** A link to a section of a guide: the guide's key and the section anchor (`##` heading slug) per language. */
const anchor = z
  .string()
  .regex(/^[\p{Ll}\p{N}]+(?:-+[\p{Ll}\p{N}]+)*$/u, { error: 'must be a heading anchor without "#"' });
export const guideSectionLink = z.strictObject({
  guide: kebabId,
  anchor: z.strictObject({ de: anchor, en: anchor }),
});
export type GuideSectionLink = z.infer<typeof guideSectionLink>;

/**
 * One job-ad phrase (the job-ad check's vocabulary): lower-case words, matched after German-aware folding
 * (ä = ae, ß = ss) with spaces and hyphens optional, so "community management" also finds
 * "Community-Management" and "Communitymanagement". A `*` at the start lets the phrase end a compound
 * ("*moderation" finds "Kommentarmoderation"); at the end it takes any ending ("moderier*" finds
 * "moderierst"). Terms joined by " + " must all occur in the same sentence, in any order.
 */
export const JOB_AD_TERM = /^\*?[\p{Ll}\p{N}&][\p{Ll}\p{N}&' ./-]*?\*?$/u;
const jobAdPhrase = z
  .string()
  .refine((phrase) => phrase.split(' + ').every((term) => JOB_AD_TERM.test(term)), {
    error: 'must be lower-case words, optionally with * at a term\'s start or end and " + " between terms',
  })
  .refine((phrase) => phrase.split(' + ').every((term) => term.replace(/[^\p{L}\p{N}]/gu, '').length >= 3), {
    error: 'each term needs at least three letters or digits',
  });

/** The words that show a task in a job ad, per language, and the guide section that explains the task. */
export const taskVocabulary = z.strictObject({
  task: taskId,
  link: guideSectionLink,
  de: z.array(jobAdPhrase).min(1),
  en: z.array(jobAdPhrase).min(1),
});
export type TaskVocabulary = z.infer<typeof taskVocabulary>;

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
    .array(
      z.strictObject({
        id: kebabId,
        /** Per language; a plain string (a product name the same in every language) is still accepted. */
        name: z.union([localizedText, nonEmpty.transform((name) => ({ de: name, en: name }))]),
        category: localizedText,
        examples: nonEmpty.optional(),
      }),
    )
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
  /** Job-ad check: phrases per task (see `taskVocabulary`). */
  vocabulary: z.array(taskVocabulary).default([]),
});
export type Role = z.infer<typeof role>;

export const rolesFile = z.strictObject({ roles: z.array(role).min(1) });

const score = z.number().min(0).max(100);

/** The verdict thresholds of the quiz (see src/lib/quiz/scoring.ts, which reads them under camel-case names). */
export const quizScoring = z.strictObject({
  'min-answered-share': z.number().gt(0).max(1),
  'both-min': score,
  'neither-max': score,
  'lean-min-gap': score,
  'clear-min-gap': score,
  'leader-min': score,
  'min-spread': z.number().min(0).max(2),
  'neighbour-min': score,
});
export type QuizScoring = z.infer<typeof quizScoring>;

export const quizFile = z.strictObject({
  version: z.number().int().min(1),
  scoring: quizScoring,
  previous: z
    .array(z.strictObject({ version: z.number().int().min(1), items: z.array(kebabId).min(1) }))
    .default([]),
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
  /** One of the inputs the model reads (`INPUT` in src/lib/checker/definitions.ts). */
  id: z.enum(INPUT),
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
  /** One of the assumptions the model reads (`ASSUMPTION` in src/lib/checker/definitions.ts). */
  id: z.enum(ASSUMPTION),
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

/** The checker data defines every input and assumption the model reads, each input as the model reads it. */
export const checkerFile = z
  .strictObject({
    inputs: z.array(checkerInput).min(1).max(12, { error: 'the checker allows at most 12 inputs' }),
    assumptions: z.array(checkerAssumption).min(1),
  })
  .superRefine((file, ctx) => {
    for (const [list, ids] of [
      ['inputs', Object.values(INPUT)],
      ['assumptions', Object.values(ASSUMPTION)],
    ] as const) {
      const given = new Set(file[list].map((x) => x.id));
      for (const id of ids)
        if (!given.has(id)) ctx.addIssue({ code: 'custom', path: [list], message: `missing "${id}" (the model reads it)` });
    }
    file.inputs.forEach((input, i) => {
      const contract = INPUT_CONTRACT[input.id];
      if (input.kind !== contract.kind) {
        const message = `the model reads "${input.id}" as a ${contract.kind} input`;
        ctx.addIssue({ code: 'custom', path: ['inputs', i, 'kind'], message });
        return;
      }
      const known: readonly string[] = contract.options ?? [];
      const given = (input.options ?? []).map((o) => o.id);
      given.forEach((id, j) => {
        if (!known.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: ['inputs', i, 'options', j, 'id'],
            message: `unknown option "${id}" (the model knows ${known.join(', ') || 'none'})`,
          });
      });
      for (const id of known)
        if (!given.includes(id))
          ctx.addIssue({ code: 'custom', path: ['inputs', i, 'options'], message: `missing option "${id}"` });
    });
  });
export type CheckerFile = z.infer<typeof checkerFile>;

const optionalText = z.string().trim().nullable().default(null);

/**
 * The site data behind the imprint and the privacy page (src/lib/privacy/legal.ts lists which fields a
 * release build needs). Every legal field may stay null while the site is previewed; the pages then say so.
 */
export const siteFile = z.strictObject({
  name: nonEmpty,
  defaultUrl: z.url({ protocol: /^https?$/ }),
  /** Who runs the site: the provider under DDG § 5 and the controller under GDPR Art. 4 No. 7. */
  operator: z.strictObject({
    name: optionalText,
    /** Only for legal persons: legal form and who represents them. */
    legalForm: optionalText,
    representative: optionalText,
    street: optionalText,
    postalCode: optionalText,
    city: optionalText,
    country: optionalText,
    email: z.email().nullable().default(null),
    phone: optionalText,
    /** Register court and number, if the operator is registered (DDG § 5 para. 1 no. 4). */
    register: optionalText,
    /** VAT identification number, if there is one (DDG § 5 para. 1 no. 6). */
    vatId: optionalText,
  }),
  /** Responsible for the content under § 18 para. 2 MStV; the address defaults to the operator's. */
  contentResponsible: z
    .strictObject({ name: optionalText, address: optionalText })
    .default({ name: null, address: null }),
  /** The host that serves the files and may keep server logs (a processor under GDPR Art. 28). */
  hosting: z
    .strictObject({
      name: optionalText,
      address: optionalText,
      /** How long the host keeps access logs, if it says so. */
      logRetentionDays: z.int().min(0).max(3650).nullable().default(null),
    })
    .default({ name: null, address: null, logRetentionDays: null }),
  /** The data-protection supervisory authority responsible for the operator (GDPR Art. 77). */
  supervisoryAuthority: z
    .strictObject({ name: optionalText, url: z.url({ protocol: /^https$/ }).nullable().default(null) })
    .default({ name: null, url: null }),
});
export type SiteFile = z.infer<typeof siteFile>;
