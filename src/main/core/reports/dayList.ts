import dayjs from 'dayjs'
import { CENTRE_UTC_OFFSET_MINUTES } from '@shared/centreTime'
import type { AppointmentDto } from '@shared/contract/appointments'
import type { Locale } from '@shared/i18n'
import { escapeHtml } from './escape'
import { reportDocument, type Letterhead, type PrintMeta } from './layout'
import { fill, REPORT_STRINGS, type ReportStrings } from './strings'

/** One counsellor's appointments on one centre date. */
export interface DayList {
  date: string
  counsellorName: string
  appointments: readonly AppointmentDto[]
}

const CSS = `
col.time { width: 13%; } col.kind { width: 15%; } col.student { width: 22%; } col.room { width: 13%; }
col.status { width: 12%; } col.notes { width: 25%; }
td.notes { height: 12mm; }
td.time { white-space: nowrap; font-weight: 700; }
.student-name { font-weight: 700; }
.minor { font-size: 8pt; color: #333; }
tr.cancelled td:not(.notes) { color: #555; }
tr.cancelled .status-word { text-decoration: line-through; }
.empty { text-align: center; margin-top: 10mm; font-size: 11pt; }
`

/** `HH:mm` on the centre's clock, whatever zone the printing PC is set to. */
const centreClock = (instant: string): string => dayjs.utc(instant).add(CENTRE_UTC_OFFSET_MINUTES, 'minute').format('HH:mm')

/**
 * 当日预约表: a counsellor's day on paper, by time, with an empty column for handwritten notes
 * at reception or after each session. Pure: data in, HTML out.
 */
export function dayListHtml(list: DayList, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = REPORT_STRINGS[locale]
  const d = s.dayList
  const weekday = d.weekdays[dayjs.utc(list.date).day()] ?? ''
  const rows = [...list.appointments].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)).map((appointment) => row(s, appointment))
  const cancelled = list.appointments.filter((a) => a.status === 'cancelled').length
  const body = rows.length
    ? `<p>${escapeHtml(fill(cancelled ? d.summaryCancelled : d.summary, { count: rows.length, cancelled }))}</p>\n${table(s, rows)}`
    : `<p class="empty">${escapeHtml(d.empty)}</p>`
  return reportDocument({
    locale,
    title: d.title,
    letterhead,
    meta,
    facts: [
      [d.counsellor, list.counsellorName],
      [d.date, fill(d.dateWithWeekday, { date: list.date, weekday })]
    ],
    body,
    orientation: 'portrait',
    css: CSS,
    notice: d.notice
  })
}

function table(s: ReportStrings, rows: string[]): string {
  const c = s.dayList.columns
  const heads = [c.time, c.kind, c.student, c.room, c.status, c.notes]
  const cols = ['time', 'kind', 'student', 'room', 'status', 'notes']
  return `<table>
<caption>${escapeHtml(s.dayList.caption)}</caption>
<colgroup>${cols.map((name) => `<col class="${name}">`).join('')}</colgroup>
<thead><tr>${heads.map((head) => `<th scope="col">${escapeHtml(head)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}

function row(s: ReportStrings, a: AppointmentDto): string {
  const d = s.dayList
  const series = a.seriesIndex !== null && a.seriesCount !== null && a.seriesCount > 1 ? fill(d.series, { index: a.seriesIndex, count: a.seriesCount }) : ''
  const cells = [
    `<td class="time">${escapeHtml(`${centreClock(a.start)}–${centreClock(a.end)}`)}</td>`,
    `<td>${escapeHtml(d.kinds[a.kind])}${series ? `<div class="minor">${escapeHtml(series)}</div>` : ''}</td>`,
    `<td>${who(s, a)}</td>`,
    `<td>${escapeHtml(a.roomName ?? d.remote)}</td>`,
    `<td><span class="status-word">${escapeHtml(d.statuses[a.status])}</span>${a.cancelReason ? `<div class="minor">${escapeHtml(d.cancelReasons[a.cancelReason])}</div>` : ''}</td>`
  ]
  return `<tr class="${escapeHtml(a.status)}">${cells.join('')}<td class="notes"></td></tr>`
}

/** The student, the head count of a group or open day, or nothing for a booking seen only as busy. */
function who(s: ReportStrings, a: AppointmentDto): string {
  const d = s.dayList
  if (a.kind === 'group' || a.kind === 'open_day') {
    const template = a.capacity === null ? d.groupCount[a.kind] : d.groupSeats[a.kind]
    return escapeHtml(fill(template, { count: a.participantCount, capacity: a.capacity ?? '' }))
  }
  if (a.visibility === 'busy' || a.studentName === null) return escapeHtml(a.visibility === 'busy' ? d.busy : d.none)
  return `<div class="student-name">${escapeHtml(a.studentName)}</div>${a.studentNo ? `<div class="minor">${escapeHtml(a.studentNo)}</div>` : ''}`
}
