import { z } from 'zod'
import { id, localDate, optionalText, phone, requiredText } from '../validation'
import { defineChannels } from './define'
import { riskLevel } from './noteEnums'
import { tier } from './watchEnums'

/*
 * Referrals to psychiatric hospitals (the green channel, 绿色通道), the referral letter (转介函)
 * with its return slip (回执), and the case followed until the student is back at school and the
 * referral is closed (校-院-家-医).
 */

export const URGENCIES = ['routine', 'urgent', 'emergency'] as const
export const HOSPITAL_REQUESTS = ['assessment', 'diagnosis', 'admission'] as const
export const CONSENT_BY = ['student', 'guardian', 'both', 'none'] as const
export const CONSENT_HOW = ['written', 'verbal', 'phone'] as const
export const CONTACT_WITH = ['family', 'hospital', 'advisor', 'student'] as const
export const CONTACT_CHANNELS = ['phone', 'in_person', 'message', 'video'] as const

/**
 * The states of a referral, in order. After the outcome the student is either on leave (休学)
 * and later back at school, or straight back at school.
 */
export const REFERRAL_STATUSES = ['draft', 'sent', 'seen', 'outcome', 'on_leave', 'returned', 'follow_up', 'closed'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** The steps that may follow each state (forward only; going back is a separate, reasoned act). */
export const NEXT_STEPS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ['sent'],
  sent: ['seen'],
  seen: ['outcome'],
  outcome: ['on_leave', 'returned'],
  on_leave: ['returned'],
  returned: ['follow_up'],
  follow_up: ['closed'],
  closed: []
}

export const urgency = z.enum(URGENCIES, { message: 'validation.choice' })
export const referralStatus = z.enum(REFERRAL_STATUSES, { message: 'validation.choice' })

export const hospitalInput = z
  .object({
    name: requiredText(100),
    department: optionalText(100),
    address: optionalText(200),
    phone,
    /** The green-channel contact at the hospital, who takes the centre's calls. */
    contactName: optionalText(50),
    contactPhone: phone,
    active: z.boolean()
  })
  .strict()

export const hospitalDto = hospitalInput.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() })
export type HospitalDto = z.infer<typeof hospitalDto>

/**
 * The referral form. A draft may be incomplete except for the three things audits of real
 * letters find missing most often: the counsellor's phone, the urgency and the risk level.
 * What else a letter needs is checked when it is printed or marked sent.
 */
export const referralForm = z
  .object({
    hospitalId: id.nullable(),
    urgency,
    riskLevel,
    /** The assessment behind the level, in words (prefilled from the latest note's risk answers). */
    riskSummary: optionalText(2000),
    reason: optionalText(4000),
    presentingProblems: optionalText(4000),
    /** Prefilled from the student's signed notes; the counsellor edits it for the hospital. */
    history: optionalText(8000),
    /** Screening results when they exist (issue 7 prefills them). */
    screening: optionalText(2000),
    medication: optionalText(2000),
    previousTreatment: optionalText(2000),
    requests: z.array(z.enum(HOSPITAL_REQUESTS, { message: 'validation.choice' })).max(3),
    consent: z
      .object({
        by: z.enum(CONSENT_BY, { message: 'validation.choice' }).nullable(),
        date: localDate.nullable(),
        how: z.enum(CONSENT_HOW, { message: 'validation.choice' }).nullable(),
        note: optionalText(500)
      })
      .strict(),
    familyInformed: z
      .object({
        /** Who was told (name and relation, e.g. 母亲 李某). Empty: not yet. */
        who: optionalText(100),
        date: localDate.nullable(),
        note: optionalText(500)
      })
      .strict(),
    escort: optionalText(1000),
    counsellorName: requiredText(50),
    counsellorPhone: phone.pipe(z.string().min(1, { message: 'validation.required' }))
  })
  .strict()
export type ReferralForm = z.infer<typeof referralForm>

/** One step of the tracking, or a contact with the family or the hospital. */
export const referralEventDto = z.object({
  id: z.string(),
  kind: z.enum(['step', 'back', 'contact']),
  /** The state entered (steps and steps back); null for contacts. */
  status: referralStatus.nullable(),
  /** The day it happened, as the counsellor records it. */
  date: z.string(),
  /** Step details (outcome: diagnosis, treatment, advice; return: certificate, application, assessment …). */
  details: z.record(z.string(), z.string()),
  /** Steps back: why. Contacts: with whom, how and what was said. */
  reason: z.string(),
  contactWith: z.enum(CONTACT_WITH).nullable(),
  contactChannel: z.enum(CONTACT_CHANNELS).nullable(),
  byName: z.string().nullable(),
  recordedAt: z.string()
})
export type ReferralEventDto = z.infer<typeof referralEventDto>

export const referralDto = z.object({
  id: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  studentNo: z.string(),
  counsellorId: z.string(),
  counsellorName: z.string().nullable(),
  status: referralStatus,
  form: referralForm,
  hospital: hospitalDto.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the next step is due (centre date), and whether that day has passed. */
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  events: z.array(referralEventDto)
})
export type ReferralDto = z.infer<typeof referralDto>

export const referralRowDto = referralDto.omit({ form: true, events: true, hospital: true }).extend({
  urgency,
  hospitalName: z.string().nullable()
})
export type ReferralRowDto = z.infer<typeof referralRowDto>

/** Step details each state asks for (all optional text; the outcome's diagnosis is required). */
export const STEP_DETAILS: Record<ReferralStatus, readonly string[]> = {
  draft: [],
  sent: ['method'],
  seen: ['doctor'],
  outcome: ['diagnosis', 'treatment', 'advice'],
  on_leave: ['certificate', 'until'],
  returned: ['certificate', 'parentApplication', 'returnAssessment'],
  follow_up: ['plan'],
  closed: ['summary']
}

const details = z.record(z.string().regex(/^[a-zA-Z]{1,30}$/, { message: 'validation.key' }), optionalText(4000))

export const referralsChannels = defineChannels({
  'referrals.hospitals.list': { input: z.object({ includeInactive: z.boolean().default(false) }).strict(), output: z.array(hospitalDto) },
  /** A new hospital (id null) or an edit; admin only. */
  'referrals.hospitals.save': { input: z.object({ id: id.nullable(), hospital: hospitalInput }).strict(), output: hospitalDto },
  /**
   * What a new referral starts from: history from the signed notes, the latest risk level and
   * its answers in words, emergency for a student in the crisis tier, the caller's name.
   */
  'referrals.prefill': {
    input: z.object({ studentId: id }).strict(),
    output: z.object({
      tier: tier.nullable(),
      urgency: urgency.nullable(),
      riskLevel: riskLevel.nullable(),
      riskSummary: z.string(),
      history: z.string(),
      presentingProblems: z.string(),
      /** The newest result of each screening instrument, in words (scores and bands, never answers). */
      screening: z.string(),
      counsellorName: z.string()
    })
  },
  'referrals.create': { input: z.object({ studentId: id, form: referralForm }).strict(), output: referralDto },
  /** Drafts only: once sent, the letter says what it said. */
  'referrals.update': { input: z.object({ id, form: referralForm }).strict(), output: referralDto },
  'referrals.get': { input: z.object({ id }).strict(), output: referralDto },
  'referrals.forStudent': { input: z.object({ studentId: id }).strict(), output: z.array(referralRowDto) },
  /** Open referrals (not closed), the overdue ones first; or all, newest first. */
  'referrals.list': { input: z.object({ open: z.boolean().default(true) }).strict(), output: z.array(referralRowDto) },
  /** The next step, dated; no step may be skipped. */
  'referrals.advance': {
    input: z.object({ id, to: referralStatus, date: localDate, details }).strict(),
    output: referralDto
  },
  /** One step back (a mistaken entry, a student sent again), with a written reason. */
  'referrals.stepBack': { input: z.object({ id, reason: requiredText(1000) }).strict(), output: referralDto },
  'referrals.contact': {
    input: z
      .object({
        id,
        with: z.enum(CONTACT_WITH, { message: 'validation.choice' }),
        channel: z.enum(CONTACT_CHANNELS, { message: 'validation.choice' }),
        date: localDate,
        summary: requiredText(2000)
      })
      .strict(),
    output: referralDto
  },
  /** The letter (转介函) with its return slip (回执); audited. */
  'referrals.letter.pdf': {
    input: z.object({ id, locale: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  },
  /** The return-to-school assessment form (复学评估); audited. */
  'referrals.returnForm.pdf': {
    input: z.object({ id, locale: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() })
  }
})
