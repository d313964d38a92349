import { z } from 'zod'
import { id, localDate, optionalText, requiredText } from '../validation'
import { defineChannels } from './define'
import {
  CHECKLIST_ITEMS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_KINDS,
  REVIEW_DECISIONS,
  RISK_FACTORS,
  SPECIAL_PERIODS,
  tier
} from './watchEnums'

export * from './watchEnums'

const riskFactor = z.enum(RISK_FACTORS, { message: 'validation.choice' })
const specialPeriod = z.enum(SPECIAL_PERIODS, { message: 'validation.choice' })

export const checklistItemDto = z.object({
  id: z.string(),
  item: z.enum(CHECKLIST_ITEMS),
  tier,
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  note: z.string(),
  /** Closed without being done because the tier changed. */
  superseded: z.boolean()
})

export const planDto = z.object({
  revision: z.number().int(),
  goals: z.string(),
  measures: z.string(),
  counsellorId: z.string().nullable(),
  counsellorName: z.string().nullable(),
  advisorName: z.string(),
  peerSupporter: z.string(),
  familyContact: z.string(),
  reviewEveryDays: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable()
})
export type PlanDto = z.infer<typeof planDto>

/** A student's place on the watch list, as the student file shows it. */
export const watchDto = z.object({
  studentId: z.string(),
  /** Null: not on the list (never was, or removed). */
  tier: tier.nullable(),
  since: z.string().nullable(),
  riskFactors: z.array(riskFactor),
  specialPeriod: specialPeriod.nullable(),
  nextReviewDate: z.string().nullable(),
  checklist: z.array(checklistItemDto),
  plan: planDto.nullable()
})
export type WatchDto = z.infer<typeof watchDto>

export const watchRowDto = z.object({
  studentId: z.string(),
  studentNo: z.string(),
  name: z.string(),
  collegeName: z.string().nullable(),
  className: z.string().nullable(),
  tier,
  since: z.string(),
  counsellorName: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  openItems: z.number().int(),
  overdueItems: z.number().int(),
  lastFollowUpDate: z.string().nullable()
})
export type WatchRowDto = z.infer<typeof watchRowDto>

export const agendaEntryDto = z.object({
  student: watchRowDto,
  /** Why the student is on this week's agenda. */
  reasons: z.array(z.enum(['review_due', 'tier_changed', 'crisis_open'])),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  decisionNote: z.string()
})

const agendaDto = z.object({ date: z.string(), entries: z.array(agendaEntryDto) })

export const watchChannels = defineChannels({
  'watch.list': {
    input: z.object({ tier: tier.optional(), counsellorId: id.optional(), collegeId: id.optional() }).strict(),
    output: z.array(watchRowDto)
  },
  'watch.get': { input: z.object({ studentId: id }).strict(), output: watchDto },
  /** Put on the list, change tier, or take off the list (tier null). Records who, when, why. */
  'watch.setTier': {
    input: z
      .object({
        studentId: id,
        tier: tier.nullable(),
        reason: requiredText(2000),
        riskFactors: z.array(riskFactor).max(RISK_FACTORS.length),
        specialPeriod: specialPeriod.nullable()
      })
      .strict(),
    output: watchDto
  },
  'watch.checklist.complete': {
    input: z.object({ itemId: id, note: optionalText(500) }).strict(),
    output: watchDto
  },
  /** 一生一策: every save is a new revision; earlier ones are kept. */
  'watch.plan.save': {
    input: z
      .object({
        studentId: id,
        goals: requiredText(4000),
        measures: requiredText(4000),
        counsellorId: id.nullable(),
        advisorName: optionalText(40),
        peerSupporter: optionalText(40),
        familyContact: optionalText(80),
        reviewEveryDays: z.number().int().min(1, { message: 'validation.min' }).max(180, { message: 'validation.max' })
      })
      .strict(),
    output: watchDto
  },
  'watch.plan.revisions': { input: z.object({ studentId: id }).strict(), output: z.array(planDto) },
  'watch.followUp.add': {
    input: z
      .object({
        studentId: id,
        kind: z.enum(FOLLOW_UP_KINDS, { message: 'validation.choice' }),
        date: localDate,
        channel: z.enum(FOLLOW_UP_CHANNELS, { message: 'validation.choice' }),
        withWhom: optionalText(80),
        summary: requiredText(4000)
      })
      .strict(),
    output: z.object({ id: z.string() })
  },
  /** 每周研判: who is due, new or changed tiers in the 7 days up to `date`, open crisis checklists. */
  'watch.review.agenda': { input: z.object({ date: localDate }).strict(), output: agendaDto },
  'watch.review.decide': {
    input: z
      .object({ date: localDate, studentId: id, decision: z.enum(REVIEW_DECISIONS, { message: 'validation.choice' }), note: optionalText(2000) })
      .strict(),
    output: agendaDto
  },
  /** The agenda as a confidential PDF for the meeting (audited as a print). */
  'watch.review.pdf': {
    input: z.object({ date: localDate, locale: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  },
  /** The home page: reviews due today, overdue checklist items, the crisis list. */
  'watch.dashboard': {
    input: z.object({}).strict(),
    output: z.object({
      dueReviews: z.array(watchRowDto),
      overdueItems: z.array(z.object({ student: watchRowDto, item: checklistItemDto })),
      crisis: z.array(watchRowDto)
    })
  }
})
