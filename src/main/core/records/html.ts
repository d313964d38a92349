import type { Locale } from '@shared/i18n'
import { CASE_SUMMARY_STRINGS } from '../reports/caseSummaryStrings'
import { cssString } from '../reports/escape'
import { reportDocument, type Letterhead, type PrintMeta } from '../reports/layout'
import { alertsPart, appointmentsPart, waitlistPart } from './htmlCare'
import { notesPart } from './htmlNotes'
import { referralsPart } from './htmlReferrals'
import { interviewsPart, screeningPart } from './htmlScreening'
import { decisionsPart, followUpsPart, plansPart, profilePart, watchPart } from './htmlWatch'
import { RECORD_CSS } from './markup'
import { RECORD_STRINGS } from './strings'
import type { StudentRecord } from './types'

/**
 * 学生个人信息记录: everything the centre holds about one student, in twelve numbered parts, for
 * an access request under PIPL. Pure: data in, HTML out, every piece of text escaped (markup.ts).
 * Every part is printed even when empty, so the reader sees that nothing was left out.
 */
export function studentRecordHtml(record: StudentRecord, locale: Locale, letterhead: Letterhead, meta: PrintMeta): string {
  const s = RECORD_STRINGS[locale]
  const st = record.student
  const place = [st.collegeName, st.className].filter((x): x is string => Boolean(x)).join(' / ')
  const body = [
    profilePart(s, record),
    watchPart(s, record),
    plansPart(s, record),
    followUpsPart(s, record),
    decisionsPart(s, locale, record),
    appointmentsPart(s, locale, record),
    waitlistPart(s, record),
    notesPart(s, locale, record),
    alertsPart(s, record, CASE_SUMMARY_STRINGS[locale].levels),
    referralsPart(s, locale, record),
    screeningPart(s, locale, record),
    interviewsPart(s, locale, record)
  ].join('\n')
  // Every page names whose record it is: a loose page is still identifiable (and returnable).
  const header = `@page { @top-center { content: ${cssString(`${st.name} ${st.studentNo}`)}; font: 700 8pt 'Noto Sans SC'; color: #111; } }`
  return reportDocument({
    locale,
    title: s.title,
    letterhead,
    meta,
    facts: [[s.facts.student, st.name], [s.facts.studentNo, st.studentNo], ...(place ? [[s.facts.place, place] as const] : [])],
    body,
    orientation: 'portrait',
    css: `${header}\n${RECORD_CSS}`,
    notice: s.notice
  })
}
