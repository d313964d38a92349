import { index, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { classes, colleges } from '../settings/schema'
import { users } from '../users/schema'

/**
 * Students: who each student is and where they sit in the early-warning network
 * (college → class → dorm). Pinyin is computed at write time so search needs no conversion.
 * The trigram index `student_search` (FTS5, kept by triggers) is created in the migration.
 */
export const students = sqliteTable(
  'students',
  {
    id: text('id').primaryKey(),
    studentNo: text('student_no').notNull(),
    name: text('name').notNull(),
    /** Full pinyin without tones or spaces: 张三 → zhangsan. */
    namePinyin: text('name_pinyin').notNull(),
    /** Initials: 张三 → zs. */
    nameInitials: text('name_initials').notNull(),
    gender: text('gender', { enum: ['male', 'female', 'other', 'unknown'] }).notNull().default('unknown'),
    birthDate: text('birth_date'),
    collegeId: text('college_id').references(() => colleges.id, { onDelete: 'restrict' }),
    classId: text('class_id').references(() => classes.id, { onDelete: 'restrict' }),
    grade: text('grade').notNull().default(''),
    major: text('major').notNull().default(''),
    dorm: text('dorm').notNull().default(''),
    phone: text('phone').notNull().default(''),
    guardianName: text('guardian_name').notNull().default(''),
    guardianRelation: text('guardian_relation').notNull().default(''),
    guardianPhone: text('guardian_phone').notNull().default(''),
    status: text('status', { enum: ['enrolled', 'on_leave', 'graduated', 'withdrawn'] }).notNull().default('enrolled'),
    contactNotes: text('contact_notes').notNull().default(''),
    /**
     * The centre date the student left (status became graduated or withdrawn); null while they
     * study or are on leave. Records are kept a set number of years after it (retention/).
     */
    leftOn: text('left_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('students_no_unique').on(t.studentNo),
    index('students_pinyin').on(t.namePinyin),
    index('students_initials').on(t.nameInitials),
    index('students_class').on(t.classId),
    index('students_college').on(t.collegeId),
    // The statistics count enrolled students per college.
    index('students_status_college').on(t.status, t.collegeId)
  ]
)

/** A part-time counsellor's college stations: the students of these colleges are theirs to work with. */
export const userStations = sqliteTable(
  'user_stations',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    collegeId: text('college_id')
      .notNull()
      .references(() => colleges.id, { onDelete: 'restrict' })
  },
  (t) => [primaryKey({ columns: [t.userId, t.collegeId] })]
)
