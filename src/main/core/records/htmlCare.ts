import type { Locale } from '@shared/i18n'
import { fill, REPORT_STRINGS } from '../reports/strings'
import { centreTime, labelOf, orNone, part, table } from './markup'
import type { RecordStrings } from './strings'
import type { StudentRecord } from './types'

/* Parts six, seven and nine: appointments, the waiting list, crisis alerts (notes: htmlNotes.ts). */

export function appointmentsPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.appointments.length === 0) return part(s, s.sections.appointments, null)
  const a = s.appointment
  const day = REPORT_STRINGS[locale].dayList
  const joined = new Set(record.participations)
  const rows = record.appointments.map((x) => {
    const details = [
      joined.has(x.id) ? a.participant : null,
      x.seriesIndex !== null && x.seriesCount !== null ? fill(a.series, { index: x.seriesIndex, count: x.seriesCount }) : null,
      x.cancelReason ? fill(a.cancelReason, { reason: labelOf(day.cancelReasons, x.cancelReason, s.none) }) : null,
      x.cancelNote || null,
      x.outsideAvailabilityReason ? fill(a.outside, { reason: x.outsideAvailabilityReason }) : null
    ].filter((line): line is string => line !== null)
    return [
      `${centreTime(x.start)}–${centreTime(x.end).slice(11)}`,
      labelOf(day.kinds, x.kind, s.none),
      labelOf(day.statuses, x.status, s.none),
      x.counsellorName,
      orNone(s, x.roomName),
      details.join('\n') || s.none
    ]
  })
  return part(s, s.sections.appointments, table(fill(s.rowCount, { count: rows.length }), [a.time, a.kind, a.status, a.counsellor, a.room, a.details], rows))
}

export function waitlistPart(s: RecordStrings, record: StudentRecord): string {
  if (record.waitlist.length === 0) return part(s, s.sections.waitlist, null)
  const w = s.waitlist
  const rows = record.waitlist.map((x) => [
    centreTime(x.addedAt),
    labelOf(s.waitlistUrgencies, x.urgency, s.none),
    orNone(s, x.note),
    orNone(s, x.addedByName),
    x.closedAt === null ? w.open : fill(labelOf(s.waitlistClosed, x.closedReason, '{date}'), { date: centreTime(x.closedAt) })
  ])
  return part(s, s.sections.waitlist, table(fill(s.rowCount, { count: rows.length }), [w.addedAt, w.urgency, s.note, s.by, w.closed], rows))
}

export function alertsPart(s: RecordStrings, record: StudentRecord, levels: Readonly<Record<string, string>>): string {
  if (record.alerts.length === 0) return part(s, s.sections.alerts, null)
  const a = s.alert
  const rows = record.alerts.map((x) => [
    `${centreTime(x.raisedAt)}${x.raisedByName ? `\n${x.raisedByName}` : ''}`,
    labelOf(s.alertSources, x.source, s.none),
    labelOf(levels, x.level, s.none),
    x.resolvedAt === null ? a.open : `${centreTime(x.resolvedAt)}\n${orNone(s, x.resolvedByName)}`,
    [orNone(s, x.action), x.movedToCrisis ? a.moved : null].filter(Boolean).join('\n')
  ])
  return part(s, s.sections.alerts, table(fill(s.rowCount, { count: rows.length }), [a.raised, a.source, a.level, a.resolved, a.action], rows))
}
