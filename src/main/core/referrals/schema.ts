import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { students } from '../students/schema'
import { users } from '../users/schema'

/** The hospitals the centre refers to, with their green-channel contact (admin keeps the list). */
export const hospitals = sqliteTable('hospitals', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  department: text('department').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  contactName: text('contact_name').notNull().default(''),
  contactPhone: text('contact_phone').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull()
})

/**
 * A referral: the form as JSON (validated by the contract's referralForm on every write), its
 * state, and the dates the dashboard needs without reading the form.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    counsellorId: text('counsellor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    hospitalId: text('hospital_id').references(() => hospitals.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['draft', 'sent', 'seen', 'outcome', 'on_leave', 'returned', 'follow_up', 'closed'] })
      .notNull()
      .default('draft'),
    urgency: text('urgency', { enum: ['routine', 'urgent', 'emergency'] }).notNull(),
    form: text('form').notNull().default('{}'),
    /** The centre date the current state was entered (the step's own date). */
    statusDate: text('status_date').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('referrals_student').on(t.studentId, t.createdAt), index('referrals_status').on(t.status, t.statusDate)]
)

/** Steps, steps back and contacts, in the order they were recorded; never changed. */
export const referralEvents = sqliteTable(
  'referral_events',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['step', 'back', 'contact'] }).notNull(),
    status: text('status', { enum: ['draft', 'sent', 'seen', 'outcome', 'on_leave', 'returned', 'follow_up', 'closed'] }),
    date: text('date').notNull(),
    details: text('details').notNull().default('{}'),
    reason: text('reason').notNull().default(''),
    contactWith: text('contact_with', { enum: ['family', 'hospital', 'advisor', 'student'] }),
    contactChannel: text('contact_channel', { enum: ['phone', 'in_person', 'message', 'video'] }),
    byUserId: text('by_user_id').references(() => users.id),
    recordedAt: text('recorded_at').notNull()
  },
  (t) => [index('referral_events_referral').on(t.referralId, t.recordedAt)]
)
