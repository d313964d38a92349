import type {
  AppointmentDto,
  checklistItemDto,
  FlagRowDto,
  NoteDto,
  PlanDto,
  ReferralDto,
  ResultDto,
  RiskLevel,
  StudentDto,
  TemplateDefinition,
  Tier,
  WatchDto
} from '@shared/contract'
import type { InstrumentDefinition } from '@shared/contract/instruments'
import type { z } from 'zod'
import type { ProblemCategory } from '../notes/categories'

export type ChecklistItemDto = z.infer<typeof checklistItemDto>

/*
 * Everything the centre holds about one student, as read for the PIPL access print: each part
 * in the order it happened (oldest first), with the names of the people who acted. Pure data:
 * records/html*.ts turn it into the report.
 */

export interface TierChangeEntry {
  id: string
  at: string
  fromTier: Tier | null
  toTier: Tier | null
  byName: string | null
  reason: string
  riskFactors: string[]
  specialPeriod: string | null
  /** What the new tier asked for, and what became of each item. */
  checklist: ChecklistItemDto[]
}

export interface FollowUpEntry {
  date: string
  kind: string
  channel: string
  withWhom: string
  summary: string
  byName: string | null
  createdAt: string
}

export interface DecisionEntry {
  meetingDate: string
  decision: string
  note: string
  byName: string | null
  at: string
}

export interface WaitlistEntry {
  urgency: string
  note: string
  addedAt: string
  addedByName: string | null
  closedAt: string | null
  closedReason: string | null
}

export interface AlertEntry {
  source: 'note' | 'screening'
  level: RiskLevel
  raisedAt: string
  raisedByName: string | null
  resolvedAt: string | null
  resolvedByName: string | null
  action: string | null
  movedToCrisis: boolean
}

export interface RecordNote {
  note: NoteDto
  /** The template version it was written with (its labels); null if it cannot be found. */
  template: TemplateDefinition | null
}

export interface ScreeningEntry {
  result: ResultDto
  /** The answers as given, in item order (empty for a 'levels' result). */
  answers: (number | null)[]
  extras: Record<string, number>
  levelValue: string | null
  /** The instrument version it was scored with (labels, item texts where shipped). */
  definition: InstrumentDefinition | null
  /** Who entered it in the app (null for an import). */
  byName: string | null
}

export interface InterviewEntry {
  flag: FlagRowDto
  roundName: string
}

export interface StudentRecord {
  student: StudentDto
  /** The student's row as stored, by column property: the profile prints any column the DTO does not carry. */
  studentRow: Readonly<Record<string, unknown>>
  watch: WatchDto
  tierChanges: TierChangeEntry[]
  plans: PlanDto[]
  followUps: FollowUpEntry[]
  decisions: DecisionEntry[]
  /** Their own appointments and the group sessions they joined, by start. */
  appointments: AppointmentDto[]
  /** The appointments above that they joined as a group participant. */
  participations: string[]
  waitlist: WaitlistEntry[]
  notes: RecordNote[]
  categories: readonly ProblemCategory[]
  alerts: AlertEntry[]
  referrals: ReferralDto[]
  screening: ScreeningEntry[]
  interviews: InterviewEntry[]
}
