import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { appointments } from '../appointments/schema'
import { students } from '../students/schema'
import { users } from '../users/schema'

/** Note templates as data: each edit is a new version; a note keeps the version it was written with. */
export const noteTemplates = sqliteTable(
  'note_templates',
  {
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** The template definition (src/shared/contract/noteTemplates.ts) as JSON. */
    definition: text('definition').notNull(),
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').references(() => users.id)
  },
  (t) => [primaryKey({ columns: [t.key, t.version] })]
)

/**
 * A counselling note. A draft is saved as it is typed; signing locks it for good (corrections
 * are addenda). `note_search` (FTS5 trigram, kept by triggers) indexes its text.
 */
export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    appointmentId: text('appointment_id').references(() => appointments.id, { onDelete: 'restrict' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    templateKey: text('template_key').notNull(),
    templateVersion: integer('template_version').notNull(),
    status: text('status', { enum: ['draft', 'signed'] }).notNull().default('draft'),
    sensitive: integer('sensitive', { mode: 'boolean' }).notNull().default(false),
    /** Field key → value, JSON. */
    content: text('content').notNull().default('{}'),
    /** Problem category keys, JSON array. */
    categories: text('categories').notNull().default('[]'),
    /** Risk assessment answers, JSON, or null when the note has none. */
    risk: text('risk'),
    computedLevel: text('computed_level', { enum: ['low', 'moderate', 'high', 'imminent'] }),
    level: text('level', { enum: ['low', 'moderate', 'high', 'imminent'] }),
    lowerReason: text('lower_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    signedAt: text('signed_at')
  },
  (t) => [
    index('notes_student').on(t.studentId, t.createdAt),
    index('notes_author_status').on(t.authorId, t.status),
    index('notes_appointment').on(t.appointmentId),
    index('notes_signed').on(t.signedAt),
    // The statistics' problem categories by month, without reading the notes' text.
    index('notes_created_categories').on(t.createdAt, t.status, t.studentId, t.categories)
  ]
)

/** Corrections and additions to a signed note: dated, signed, never edited. */
export const noteAddenda = sqliteTable(
  'note_addenda',
  {
    id: text('id').primaryKey(),
    noteId: text('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'restrict' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    signedAt: text('signed_at').notNull()
  },
  (t) => [index('note_addenda_note').on(t.noteId, t.signedAt)]
)
