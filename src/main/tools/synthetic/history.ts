import { addDays, centreDate, centreDayStartUtc } from '@shared/centreTime'
import type { ChecklistItem, FOLLOW_UP_CHANNELS, FOLLOW_UP_KINDS, RISK_FACTORS, SPECIAL_PERIODS, Tier } from '@shared/contract'
import type { Random } from './random'

export type RiskFactor = (typeof RISK_FACTORS)[number]
export type SpecialPeriod = (typeof SPECIAL_PERIODS)[number]
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number]

/** A 一生一策 revision as watch.plan.save takes it, with the counsellor by index. */
export interface PlanDraft {
  counsellor: number
  goals: string
  measures: string
  advisorName: string
  peerSupporter: string
  familyContact: string
  reviewEveryDays: number
}

export interface FollowUpDraft {
  kind: FollowUpKind
  date: string
  channel: FollowUpChannel
  withWhom: string
  summary: string
}

/** The history the seed writes: about a semester, up to yesterday (nothing is dated today or later). */
export const HISTORY_DAYS = 91

export interface TierStep {
  tier: Tier | null
  at: number
  reason: string
  riskFactors: RiskFactor[]
  specialPeriod: SpecialPeriod | null
}

export interface WatchedStudent {
  /** Index into the roster rows. */
  student: number
  steps: TierStep[]
}

export type WatchEvent =
  | { type: 'tier'; at: number; student: number; step: number }
  | { type: 'checklist'; at: number; student: number; step: number; item: ChecklistItem; note: string }
  | { type: 'plan'; at: number; student: number; plan: PlanDraft }
  | { type: 'followUp'; at: number; student: number; followUp: FollowUpDraft }
  | { type: 'meeting'; at: number; date: string }

export interface WatchPlan {
  /** When the synthetic history begins (the centre is set up then), ms since the epoch. */
  startMs: number
  watched: WatchedStudent[]
  /** Every act, oldest first. */
  events: WatchEvent[]
}

/** Calendar helpers over the history: day 0 is HISTORY_DAYS before today, centre time. */
export class HistoryCalendar {
  readonly startDate: string
  readonly todayStartMs: number

  constructor(now: Date) {
    const today = centreDate(now)
    this.startDate = addDays(today, -HISTORY_DAYS)
    this.todayStartMs = Date.parse(centreDayStartUtc(today))
  }

  date(day: number): string {
    return addDays(this.startDate, day)
  }

  /** The instant of `minute` past midnight (centre time) on `day`. */
  at(day: number, minute: number): number {
    return Date.parse(centreDayStartUtc(this.date(day))) + minute * 60_000
  }

  dayOf(ms: number): number {
    return Math.floor((ms - Date.parse(centreDayStartUtc(this.startDate))) / 86_400_000)
  }

  /** 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number {
    return new Date(`${this.date(day)}T00:00:00Z`).getUTCDay()
  }
}

/** Office hours, 08:30–17:30, as minutes past midnight. */
export const officeMinute = (random: Random): number => random.int(8 * 60 + 30, 17 * 60 + 30)

