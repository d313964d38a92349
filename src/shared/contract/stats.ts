import { z } from 'zod'
import { id, localDate, optionalText, requiredText } from '../validation'
import { defineChannels } from './define'

/*
 * Issue 8: the anonymised statistics (DESIGN.md "Anonymised statistics") and the centre's own
 * activity log. Only aggregates leave the core through these channels: no name, student number,
 * birth date, free text or exact date of a student.
 */

/** The longest range one report covers: five years (leap days included). */
export const STATS_MAX_DAYS = 1827

export const STATS_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type StatsFormat = (typeof STATS_FORMATS)[number]

export const reportLocale = z.enum(['zh-CN', 'en'], { message: 'validation.choice' })

/** A range of centre dates, both ends included. */
export const statsRange = z
  .object({ from: localDate, to: localDate })
  .strict()
  .superRefine((range, ctx) => {
    if (range.to < range.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.rangeOrder' })
    else if (daysBetween(range.from, range.to) >= STATS_MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.rangeTooLong' })
    }
  })
export type StatsRange = z.infer<typeof statsRange>

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * The tables of the report. Each counts students (persons) or their sessions and contacts
 * (person-times) and goes through suppression, except `activitiesByKind`, which counts the
 * centre's own work and names no student.
 */
export const STATS_TABLES = [
  'sessionsByCollegeKind',
  'studentsByCollegeGender',
  'studentsByGradeGender',
  'studentsByCategoryGender',
  'watchByCollegeTier',
  'screeningByCollege',
  'activitiesByKind'
] as const
export type StatsTableKey = (typeof STATS_TABLES)[number]

/** Single figures, each published as is or as "<k" (primary suppression; nothing to add up). */
export const STATS_FIGURES = [
  'sessions',
  'students',
  'firstVisits',
  'noShows',
  'watchTotal',
  'watchNew',
  'watchRaised',
  'watchLowered',
  'watchRemoved',
  'reviewDecisions',
  'planRevisions',
  'crisesHandled',
  'referralsSent',
  'referralsSeen',
  'referralsReturned',
  'peerSupport',
  'familyContacts',
  'dormVisits',
  'advisorTalks',
  'screeningRounds',
  'screeningEnrolled',
  'screeningScreened',
  'screeningCoverage',
  'screeningFlagged',
  'screeningFlagRate',
  'openDaySessions',
  'openDayVisits',
  'activities',
  'activityParticipants',
  'events525',
  'events1010'
] as const
export type StatsFigureKey = (typeof STATS_FIGURES)[number]

export const STATS_SECTIONS = ['counselling', 'watch', 'crisis', 'followUps', 'screening', 'openDay', 'activities'] as const
export type StatsSectionKey = (typeof STATS_SECTIONS)[number]

export const hiddenWhy = z.enum(['primary', 'secondary'])

export const statsFigureDto = z.object({
  key: z.enum(STATS_FIGURES),
  label: z.string(),
  /** Null when withheld: a count 0 < n < k (shown as "<k"), or a rate whose count is withheld. */
  value: z.number().nullable(),
  /** `count` is a whole number; `percent` a rate with one decimal. */
  unit: z.enum(['persons', 'personTimes', 'count', 'percent']),
  hidden: hiddenWhy.nullable()
})
export type StatsFigureDto = z.infer<typeof statsFigureDto>

export const statsTableDto = z.object({
  key: z.enum(STATS_TABLES),
  title: z.string(),
  unit: z.enum(['persons', 'personTimes', 'count']),
  /** Header of the row labels' column, e.g. 学院. */
  rowHeader: z.string(),
  rows: z.array(z.string()),
  cols: z.array(z.string()),
  /** Null = hidden. */
  cells: z.array(z.array(z.number().nullable())),
  /** Which cells are hidden and why, for the centre's own preview; exports mark them all alike. */
  hidden: z.array(z.object({ row: z.number().int(), col: z.number().int(), why: hiddenWhy })),
  /** Null where a table publishes no such margin (its columns do not add up). */
  rowTotals: z.array(z.number()).nullable(),
  colTotals: z.array(z.number()).nullable(),
  total: z.number().nullable(),
  /** Lines too small to publish, counted in the 其他 line instead. */
  merged: z.object({ rows: z.array(z.string()), cols: z.array(z.string()) }),
  /** The whole table is 0 < n < k: nothing but "<k" is published. */
  withheld: z.boolean(),
  /** Goes through suppression (false only for the centre's own activities). */
  suppressed: z.boolean(),
  /** Notes printed under the table (how to read it), in the report's language. */
  notes: z.array(z.string())
})
export type StatsTableDto = z.infer<typeof statsTableDto>

export const statsSectionDto = z.object({
  key: z.enum(STATS_SECTIONS),
  title: z.string(),
  figures: z.array(statsFigureDto),
  tables: z.array(statsTableDto)
})
export type StatsSectionDto = z.infer<typeof statsSectionDto>

export const statsReportDto = z.object({
  from: z.string(),
  to: z.string(),
  locale: reportLocale,
  /** The threshold k the report was made with. */
  threshold: z.number().int(),
  generatedAt: z.string(),
  /** The screening rounds whose date falls in the range, by name. */
  rounds: z.array(z.string()),
  sections: z.array(statsSectionDto)
})
export type StatsReportDto = z.infer<typeof statsReportDto>

export const ACTIVITY_KINDS = ['training', 'lecture', 'publicity', 'event', 'other'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]
export const PUBLICITY_CHANNELS = ['wechat', 'website', 'poster', 'broadcast', 'other'] as const
/** 5·25 (大学生心理健康日) and 10·10 (世界精神卫生日). */
export const EVENT_THEMES = ['day525', 'day1010', 'other'] as const

export const activityForm = z
  .object({
    kind: z.enum(ACTIVITY_KINDS, { message: 'validation.choice' }),
    title: requiredText(100),
    date: localDate,
    /** People who took part (a training's participants, a lecture's audience); null when not counted. */
    participants: z.number({ message: 'validation.wholeNumber' }).int({ message: 'validation.wholeNumber' }).min(0, { message: 'validation.min' }).max(100_000, { message: 'validation.max' }).nullable(),
    /** Where a publicity post went; required for publicity, null otherwise. */
    channel: z.enum(PUBLICITY_CHANNELS, { message: 'validation.choice' }).nullable(),
    /** The theme of an event; required for events, null otherwise. */
    theme: z.enum(EVENT_THEMES, { message: 'validation.choice' }).nullable(),
    notes: optionalText(1000)
  })
  .strict()
  .superRefine((form, ctx) => {
    if (form.kind === 'publicity' && form.channel === null) {
      ctx.addIssue({ code: 'custom', path: ['channel'], message: 'validation.required' })
    }
    if (form.kind !== 'publicity' && form.channel !== null) {
      ctx.addIssue({ code: 'custom', path: ['channel'], message: 'validation.channelOnlyForPublicity' })
    }
    if (form.kind === 'event' && form.theme === null) ctx.addIssue({ code: 'custom', path: ['theme'], message: 'validation.required' })
    if (form.kind !== 'event' && form.theme !== null) {
      ctx.addIssue({ code: 'custom', path: ['theme'], message: 'validation.themeOnlyForEvents' })
    }
    if ((form.kind === 'training' || form.kind === 'lecture') && form.participants === null) {
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'validation.required' })
    }
  })
export type ActivityForm = z.infer<typeof activityForm>

export const activityDto = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  date: z.string(),
  participants: z.number().int().nullable(),
  channel: z.enum(PUBLICITY_CHANNELS).nullable(),
  theme: z.enum(EVENT_THEMES).nullable(),
  notes: z.string(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type ActivityDto = z.infer<typeof activityDto>

export const statsChannels = defineChannels({
  /** The threshold k (3–11) under which a count is published as "<k". */
  'stats.settings.get': { input: z.object({}).strict(), output: z.object({ threshold: z.number().int() }) },
  'stats.settings.update': {
    input: z
      .object({
        threshold: z.number({ message: 'validation.wholeNumber' }).int({ message: 'validation.wholeNumber' }).min(3, { message: 'validation.min' }).max(11, { message: 'validation.max' })
      })
      .strict(),
    output: z.object({ threshold: z.number().int() })
  },
  /** The anonymised report for a range, with each hidden cell's reason. Audited (range only). */
  'stats.report': {
    input: z.object({ range: statsRange, locale: reportLocale }).strict(),
    output: statsReportDto
  },
  /** The same report as a file: XLSX (one sheet per table), CSV (UTF-8 with BOM) or PDF. Audited. */
  'stats.export': {
    input: z.object({ range: statsRange, locale: reportLocale, format: z.enum(STATS_FORMATS, { message: 'validation.choice' }) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() })
  },
  /** The centre's activities in a range, newest first (removed ones left out). */
  'activities.list': { input: statsRange, output: z.array(activityDto) },
  'activities.create': { input: activityForm, output: activityDto },
  'activities.update': { input: z.object({ id, form: activityForm }).strict(), output: activityDto },
  /** Takes an activity out of the log and the counts, with a reason; the row is kept. */
  'activities.remove': { input: z.object({ id, reason: requiredText(200) }).strict(), output: z.object({ id: z.string() }) }
})
