import type { AppointmentDto } from '@shared/contract'
import { eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../context'
import { NotFoundError } from '../errors'
import { rooms } from '../settings/schema'
import type { Session } from '../state'
import { students } from '../students/schema'
import { users } from '../users/schema'
import { visibilityFor } from './access'
import { appointments } from './schema'

export type AppointmentRow = typeof appointments.$inferSelect

/*
 * One query for any list of appointments: names come by join and the two counts by correlated
 * subqueries on indexed columns, so a week of a whole centre costs one statement, not one per row.
 */
const seriesCount = sql<number>`(SELECT count(*) FROM appointments AS s WHERE s.series_id = ${appointments.seriesId})`
const participantCount = sql<number>`(SELECT coalesce(sum((p.student_id IS NOT NULL) + p.anonymous_count), 0)
  FROM appointment_participants AS p WHERE p.appointment_id = ${appointments.id})`

export interface DtoQuery {
  where: SQL | undefined
  order?: 'start' | 'newest'
}

/** The DTO's fields, each from its column (or subquery). */
const columns = {
  id: appointments.id,
  kind: appointments.kind,
  status: appointments.status,
  start: appointments.startAt,
  end: appointments.endAt,
  counsellorId: appointments.counsellorId,
  counsellorName: users.displayName,
  roomId: appointments.roomId,
  roomName: rooms.name,
  studentId: appointments.studentId,
  studentName: students.name,
  studentNo: students.studentNo,
  seriesId: appointments.seriesId,
  seriesIndex: appointments.seriesIndex,
  seriesCount,
  capacity: appointments.capacity,
  participantCount,
  cancelReason: appointments.cancelReason,
  cancelNote: appointments.cancelNote,
  outsideAvailabilityReason: appointments.outsideAvailabilityReason
}
const selectList = sql.join(
  Object.entries(columns).map(([field, column]) => sql`${column} AS ${sql.identifier(field)}`),
  sql`, `
)

type Row = Omit<AppointmentDto, 'visibility'>

/*
 * The rows come straight from SQLite under the DTO's field names: the calendar reads a whole
 * centre's week at a time, and drizzle's per-row mapping of a joined select cost more than the
 * query itself. The columns are still drizzle's, so a renamed column fails to compile.
 */
function selectRows(t: Tx, query: DtoQuery): Row[] {
  const direction = query.order === 'newest' ? sql`DESC` : sql`ASC`
  return t.orm.all<Row>(sql`SELECT ${selectList}
    FROM ${appointments}
    INNER JOIN ${users} ON ${users.id} = ${appointments.counsellorId}
    LEFT JOIN ${rooms} ON ${rooms.id} = ${appointments.roomId}
    LEFT JOIN ${students} ON ${students.id} = ${appointments.studentId}
    ${query.where ? sql`WHERE ${query.where}` : sql``}
    ORDER BY ${appointments.startAt} ${direction}, ${appointments.id} ${direction}`)
}

function toDto(row: Row, visibility: 'full' | 'busy'): AppointmentDto {
  const series = row.seriesId !== null
  if (visibility === 'full') {
    return { ...row, seriesIndex: series ? row.seriesIndex : null, seriesCount: series ? row.seriesCount : null, visibility }
  }
  return {
    ...row,
    studentId: null,
    studentName: null,
    studentNo: null,
    seriesIndex: series ? row.seriesIndex : null,
    seriesCount: series ? row.seriesCount : null,
    cancelNote: '',
    outsideAvailabilityReason: null,
    visibility
  }
}

/**
 * Appointments as the session may see them. `seesStudents` is for lists whose student the caller
 * was already cleared to see (the student file): the busy rule protects other counsellors'
 * students, not this one.
 */
export function appointmentDtos(t: Tx, session: Session, query: DtoQuery, seesStudents = false): AppointmentDto[] {
  return selectRows(t, query).map((row) => toDto(row, seesStudents ? 'full' : visibilityFor(session, row.counsellorId)))
}

export function appointmentDtosByIds(t: Tx, session: Session, ids: readonly string[]): AppointmentDto[] {
  if (ids.length === 0) return []
  return appointmentDtos(t, session, { where: inArray(appointments.id, [...ids]) })
}

export function appointmentDto(t: Tx, session: Session, id: string): AppointmentDto {
  const [dto] = appointmentDtosByIds(t, session, [id])
  if (!dto) throw new NotFoundError()
  return dto
}

/** The stored row, for services that change it. */
export function appointmentRow(t: Tx, id: string): AppointmentRow {
  const row = t.orm.select().from(appointments).where(eq(appointments.id, id)).get()
  if (!row) throw new NotFoundError()
  return row
}
