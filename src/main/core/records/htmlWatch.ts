import type { Locale } from '@shared/i18n'
import { fill, REPORT_STRINGS } from '../reports/strings'
import { article, centreTime, heading3, heading4, labelOf, orNone, pairs, part, table, textBlock, type Pair } from './markup'
import type { RecordStrings } from './strings'
import type { StudentRecord, TierChangeEntry } from './types'

/* Parts one to five: who the student is, and their watch-list history. */

/**
 * Columns the profile prints through the DTO (college and class by name), or that only repeat
 * another (the pinyin of the name, the row's id). Any other column is printed too, under its
 * label or, for one added since, its name: nothing held is left out.
 */
const PROFILE_COLUMNS = new Set([
  'id',
  'studentNo',
  'name',
  'namePinyin',
  'nameInitials',
  'gender',
  'birthDate',
  'collegeId',
  'classId',
  'grade',
  'major',
  'dorm',
  'phone',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'status',
  'contactNotes',
  'createdAt',
  'updatedAt'
])

function otherColumns(s: RecordStrings, row: Readonly<Record<string, unknown>>): Pair[] {
  const labels: Readonly<Record<string, string>> = s.profile.columns
  return Object.entries(row)
    .filter(([key]) => !PROFILE_COLUMNS.has(key))
    .map(([key, value]) => [labels[key] ?? key, value === null || value === undefined || value === '' ? s.none : String(value)])
}

export function profilePart(s: RecordStrings, record: StudentRecord): string {
  const st = record.student
  const p = s.profile
  const list: Pair[] = [
    [p.name, st.name],
    [p.studentNo, st.studentNo],
    [p.gender, labelOf(s.genders, st.gender, s.none)],
    [p.birthDate, orNone(s, st.birthDate)],
    [p.college, orNone(s, st.collegeName)],
    [p.class, orNone(s, st.className)],
    [p.advisor, orNone(s, st.advisorName)],
    [p.advisorPhone, orNone(s, st.advisorPhone)],
    [p.grade, orNone(s, st.grade)],
    [p.major, orNone(s, st.major)],
    [p.dorm, orNone(s, st.dorm)],
    [p.phone, orNone(s, st.phone)],
    [p.guardianName, orNone(s, st.guardianName)],
    [p.guardianRelation, orNone(s, st.guardianRelation)],
    [p.guardianPhone, orNone(s, st.guardianPhone)],
    [p.status, labelOf(s.statuses, st.status, s.none)],
    [p.contactNotes, orNone(s, st.contactNotes)],
    [p.createdAt, centreTime(st.createdAt)],
    [p.updatedAt, centreTime(st.updatedAt)],
    ...otherColumns(s, record.studentRow)
  ]
  return part(s, s.sections.profile, pairs(s, list))
}

const factorList = (s: RecordStrings, keys: readonly string[]): string => keys.map((k) => labelOf(s.riskFactors, k, s.none)).join(s.listSeparator) || s.none

function changeText(s: RecordStrings, c: TierChangeEntry): string {
  const tier = (key: string | null): string => labelOf(s.tiers, key, s.none)
  if (c.fromTier === null) return fill(s.watch.set, { to: tier(c.toTier) })
  if (c.toTier === null) return fill(s.watch.removed, { from: tier(c.fromTier) })
  return fill(s.watch.changed, { from: tier(c.fromTier), to: tier(c.toTier) })
}

function checklistTable(s: RecordStrings, c: TierChangeEntry): string {
  const w = s.watch
  const rows = c.checklist.map((item) => {
    const outcome = item.doneAt ? fill(w.done, { date: centreTime(item.doneAt), by: orNone(s, item.doneByName) }) : item.superseded ? w.superseded : w.open
    return [labelOf(s.checklistItems, item.item, s.none), centreTime(item.dueAt), outcome, orNone(s, item.note)]
  })
  return rows.length > 0 ? table(w.checklist, [w.item, w.due, w.outcome, s.note], rows) : ''
}

/** One tier change: who and when, why, the risk factors, and the checklist it set. */
function changeHtml(s: RecordStrings, c: TierChangeEntry): string {
  const w = s.watch
  const facts = pairs(s, [
    [s.by, orNone(s, c.byName)],
    [w.riskFactors, factorList(s, c.riskFactors)],
    [w.specialPeriod, labelOf(s.specialPeriods, c.specialPeriod, s.none)]
  ])
  return article(`${heading4(fill(w.changeHeading, { date: centreTime(c.at), change: changeText(s, c) }))}${facts}${textBlock(w.reason, c.reason)}${checklistTable(s, c)}`)
}

export function watchPart(s: RecordStrings, record: StudentRecord): string {
  const w = s.watch
  const status = record.watch
  if (status.since === null && record.tierChanges.length === 0) return part(s, s.sections.watch, null)
  const now = pairs(s, [
    [w.tier, status.tier ? labelOf(s.tiers, status.tier, s.none) : w.notWatched],
    [w.since, status.since ? centreTime(status.since) : s.none],
    [w.nextReview, orNone(s, status.nextReviewDate)],
    [w.riskFactors, factorList(s, status.riskFactors)],
    [w.specialPeriod, labelOf(s.specialPeriods, status.specialPeriod, s.none)]
  ])
  const changes = record.tierChanges.map((c) => changeHtml(s, c)).join('')
  return part(s, s.sections.watch, `${heading3(w.current)}${now}${heading3(w.changes)}${changes}`)
}

export function plansPart(s: RecordStrings, record: StudentRecord): string {
  if (record.plans.length === 0) return part(s, s.sections.plans, null)
  const p = s.plan
  const items = record.plans.map((plan) =>
    article(
      heading3(fill(p.revision, { revision: plan.revision, date: centreTime(plan.createdAt), by: orNone(s, plan.createdByName) })) +
        textBlock(p.goals, plan.goals) +
        textBlock(p.measures, plan.measures) +
        pairs(s, [
          [p.counsellor, orNone(s, plan.counsellorName)],
          [p.advisorName, orNone(s, plan.advisorName)],
          [p.peerSupporter, orNone(s, plan.peerSupporter)],
          [p.familyContact, orNone(s, plan.familyContact)],
          [p.reviewEvery, fill(p.days, { days: plan.reviewEveryDays })]
        ])
    )
  )
  return part(s, s.sections.plans, items.join(''))
}

export function followUpsPart(s: RecordStrings, record: StudentRecord): string {
  if (record.followUps.length === 0) return part(s, s.sections.followUps, null)
  const f = s.followUp
  const rows = record.followUps.map((x) => [
    x.date,
    labelOf(s.followUpKinds, x.kind, s.none),
    labelOf(s.followUpChannels, x.channel, s.none),
    orNone(s, x.withWhom),
    x.summary,
    `${orNone(s, x.byName)} ${centreTime(x.createdAt)}`
  ])
  return part(s, s.sections.followUps, table(fill(s.rowCount, { count: rows.length }), [s.date, f.kind, f.channel, f.withWhom, f.summary, s.by], rows))
}

export function decisionsPart(s: RecordStrings, locale: Locale, record: StudentRecord): string {
  if (record.decisions.length === 0) return part(s, s.sections.decisions, null)
  const decisions = REPORT_STRINGS[locale].agenda.decisions
  const rows = record.decisions.map((d) => [d.meetingDate, labelOf(decisions, d.decision, s.none), orNone(s, d.note), `${orNone(s, d.byName)} ${centreTime(d.at)}`])
  return part(s, s.sections.decisions, table(fill(s.rowCount, { count: rows.length }), [s.decision.meeting, s.decision.decision, s.note, s.by], rows))
}
