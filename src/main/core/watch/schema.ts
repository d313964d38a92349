import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { students } from '../students/schema'
import { users } from '../users/schema'

const TIER = ['general', 'serious', 'crisis'] as const

/** Where each student stands now: one row per student ever watched (tier null = off the list). */
export const watchStatus = sqliteTable(
  'watch_status',
  {
    studentId: text('student_id')
      .primaryKey()
      .references(() => students.id, { onDelete: 'restrict' }),
    tier: text('tier', { enum: TIER }),
    since: text('since').notNull(),
    /** The last tier change that set this state. */
    changeId: text('change_id').notNull(),
    nextReviewDate: text('next_review_date'),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('watch_status_tier').on(t.tier), index('watch_status_review').on(t.nextReviewDate)]
)

/** Every tier change, never edited: who, when, why, risk factors, special period. */
export const tierChanges = sqliteTable(
  'tier_changes',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    fromTier: text('from_tier', { enum: TIER }),
    toTier: text('to_tier', { enum: TIER }),
    at: text('at').notNull(),
    byUserId: text('by_user_id').references(() => users.id),
    reason: text('reason').notNull(),
    /** JSON array of risk factor keys. */
    riskFactors: text('risk_factors').notNull().default('[]'),
    specialPeriod: text('special_period', { enum: ['entry', 'graduation', 'job_season'] })
  },
  (t) => [index('tier_changes_student').on(t.studentId, t.at), index('tier_changes_at').on(t.at)]
)

/** What a tier asks for, created with the tier change and ticked when done. */
export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    changeId: text('change_id')
      .notNull()
      .references(() => tierChanges.id, { onDelete: 'restrict' }),
    tier: text('tier', { enum: TIER }).notNull(),
    item: text('item').notNull(),
    dueAt: text('due_at').notNull(),
    doneAt: text('done_at'),
    doneBy: text('done_by').references(() => users.id),
    note: text('note').notNull().default(''),
    /** Closed undone because a later tier change replaced the checklist. */
    supersededAt: text('superseded_at')
  },
  (t) => [
    index('checklist_student').on(t.studentId),
    index('checklist_change').on(t.changeId),
    index('checklist_open').on(t.doneAt, t.supersededAt, t.dueAt)
  ]
)

/** 一生一策: each save is a new revision; the highest revision is the plan in force. */
export const planRevisions = sqliteTable(
  'plan_revisions',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    revision: integer('revision').notNull(),
    goals: text('goals').notNull(),
    measures: text('measures').notNull(),
    counsellorId: text('counsellor_id').references(() => users.id),
    advisorName: text('advisor_name').notNull().default(''),
    peerSupporter: text('peer_supporter').notNull().default(''),
    familyContact: text('family_contact').notNull().default(''),
    reviewEveryDays: integer('review_every_days').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').references(() => users.id)
  },
  (t) => [
    uniqueIndex('plan_revisions_student_revision').on(t.studentId, t.revision),
    index('plan_revisions_counsellor').on(t.counsellorId),
    index('plan_revisions_created').on(t.createdAt)
  ]
)

/** Peer support, family contact (家校沟通), dorm visits, talks with the 辅导员, reviews: counted as person-times. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['peer_support', 'family_contact', 'dorm_visit', 'advisor_talk', 'review'] }).notNull(),
    date: text('date').notNull(),
    channel: text('channel', { enum: ['in_person', 'phone', 'online', 'message'] }).notNull(),
    withWhom: text('with_whom').notNull().default(''),
    summary: text('summary').notNull(),
    byUserId: text('by_user_id').references(() => users.id),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('follow_ups_student').on(t.studentId, t.date), index('follow_ups_date').on(t.date, t.kind)]
)

/** 每周研判: one meeting per date, and the decision taken for each student on its agenda. */
export const reviewDecisions = sqliteTable(
  'review_decisions',
  {
    id: text('id').primaryKey(),
    meetingDate: text('meeting_date').notNull(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    decision: text('decision', { enum: ['keep', 'raise', 'lower', 'remove', 'refer'] }).notNull(),
    note: text('note').notNull().default(''),
    byUserId: text('by_user_id').references(() => users.id),
    at: text('at').notNull()
  },
  (t) => [uniqueIndex('review_decisions_meeting_student').on(t.meetingDate, t.studentId)]
)
