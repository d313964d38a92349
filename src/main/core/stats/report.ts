import {
  GENDERS,
  TIERS,
  type StatsFigureDto,
  type StatsFigureKey,
  type StatsRange,
  type StatsReportDto,
  type StatsSectionDto,
  type StatsSectionKey,
  type StatsTableDto,
  type StatsTableKey
} from '@shared/contract'
import type { Locale } from '@shared/i18n'
import type { Tx } from '../context'
import { colleges } from '../db/schema'
import type { ProblemCategory } from '../notes/shipped/categories'
import { readSetting } from '../settings/store'
import { anonymiseTable } from './anonymise'
import { countReport } from './counts'
import { type Matrix, NO_KEY, type RawCounts, SCREENING_COLS, SESSION_KINDS } from './rawCounts'
import { STATS_STRINGS, type StatsStrings } from './strings'
import { SmallMarginError, isSmall } from './table'

const byName = new Intl.Collator('zh-CN', { numeric: true })

/** A line of a table: the key the counts use and the label the report prints. */
export interface Line {
  key: string
  label: string
}

interface TableSpec {
  key: StatsTableKey
  unit: StatsTableDto['unit']
  rowHeader: string
  rows: Line[]
  cols: Line[]
  matrix: Matrix
  /** `rows`: only row totals add up (a student may be in several rows), so no column totals or total. */
  margins: 'all' | 'rows'
  notes: string[]
}

/**
 * The anonymised report for a range (DESIGN.md "Anonymised statistics"): the counts of
 * counts.ts, labelled in the report's language, every student table made fit to publish by
 * anonymiseTable (small lines into 其他, primary and secondary suppression), and every single
 * figure published only as 0 or ≥ k. Figures that are also a table's margin (sessions, students,
 * first visits, the watch list, the screened) agree with it, so no figure undoes a hidden cell.
 */
export function buildReport(t: Tx, range: StatsRange, locale: Locale): StatsReportDto {
  return assembleReport(countReport(t, range), {
    range,
    locale,
    k: readSetting(t.orm, 'statistics').threshold,
    colleges: collegeRows(t),
    categories: readSetting(t.orm, 'problemCategories'),
    at: t.at
  })
}

/** What the report needs besides the counts: the centre's settings and names. */
export interface ReportSetting {
  range: StatsRange
  locale: Locale
  k: number
  /** The colleges in the order the report lists them (key = id). */
  colleges: Line[]
  categories: readonly ProblemCategory[]
  /** When the report is made (ISO-8601 UTC). */
  at: string
}

/** The counts labelled, anonymised and laid out in sections (pure: the tests feed it by hand). */
export function assembleReport(raw: RawCounts, setting: ReportSetting): StatsReportDto {
  const { range, locale, k } = setting
  const s = STATS_STRINGS[locale]
  const collegeLines = setting.colleges
  const table = (spec: TableSpec) => publishTable(spec, k, s)
  const genderCols = (m: Matrix) => GENDERS.filter((g) => g === 'male' || g === 'female' || columnHasCounts(m, g)).map((g) => ({ key: g, label: s.genders[g] }))

  const sessions = table({
    key: 'sessionsByCollegeKind',
    unit: 'personTimes',
    rowHeader: s.rowHeaders.college,
    rows: withNoKey(collegeLines, raw.sessionsByCollegeKind, s.noCollege),
    cols: SESSION_KINDS.map((kind) => ({ key: kind, label: s.kinds[kind] })),
    matrix: raw.sessionsByCollegeKind,
    margins: 'all',
    notes: []
  })
  const byCollege = table({
    key: 'studentsByCollegeGender',
    unit: 'persons',
    rowHeader: s.rowHeaders.college,
    rows: withNoKey(collegeLines, raw.studentsByCollegeGender, s.noCollege),
    cols: genderCols(raw.studentsByCollegeGender),
    matrix: raw.studentsByCollegeGender,
    margins: 'all',
    notes: []
  })
  const byGrade = table({
    key: 'studentsByGradeGender',
    unit: 'persons',
    rowHeader: s.rowHeaders.grade,
    rows: gradeRows(raw.studentsByGradeGender, s),
    cols: genderCols(raw.studentsByGradeGender),
    matrix: raw.studentsByGradeGender,
    margins: 'all',
    notes: []
  })
  const byCategory = table({
    key: 'studentsByCategoryGender',
    unit: 'persons',
    rowHeader: s.rowHeaders.category,
    rows: categoryRows(setting.categories, raw.studentsByCategoryGender, locale),
    cols: genderCols(raw.studentsByCategoryGender),
    matrix: raw.studentsByCategoryGender,
    margins: 'rows',
    notes: [s.notes.categories]
  })
  const watch = table({
    key: 'watchByCollegeTier',
    unit: 'persons',
    rowHeader: s.rowHeaders.college,
    rows: withNoKey(collegeLines, raw.watchByCollegeTier, s.noCollege),
    cols: TIERS.map((tier) => ({ key: tier, label: s.tiers[tier] })),
    matrix: raw.watchByCollegeTier,
    margins: 'all',
    notes: [s.notes.watch]
  })
  const screening = table({
    key: 'screeningByCollege',
    unit: 'persons',
    rowHeader: s.rowHeaders.college,
    rows: withNoKey(collegeLines, raw.screeningByCollege, s.noCollege),
    cols: SCREENING_COLS.map((col) => ({ key: col, label: s.screening[col] })),
    matrix: raw.screeningByCollege,
    margins: 'all',
    notes: [s.notes.screening]
  })

  const fig = (key: StatsFigureKey, n: number, unit: StatsFigureDto['unit'] = 'personTimes') => countFigure(key, n, unit, k, s)
  const sum = (m: Matrix, col?: string) => Object.values(m).reduce((acc, line) => acc + (col ? (line[col] ?? 0) : Object.values(line).reduce((a, n) => a + n, 0)), 0)
  const f = raw.figures
  const students = sum(raw.studentsByCollegeGender)
  const enrolled = Object.values(raw.enrolledByCollege).reduce((a, n) => a + n, 0)
  const screened = sum(raw.screeningByCollege)
  const flagged = sum(raw.screeningByCollege, 'flagged')
  const screenedFig = fig('screeningScreened', screened, 'persons')
  const flaggedFig = fig('screeningFlagged', flagged, 'persons')

  const sections: StatsSectionDto[] = [
    section('counselling', s, [fig('sessions', sum(raw.sessionsByCollegeKind)), fig('students', students, 'persons'), fig('firstVisits', f.firstVisits), fig('noShows', f.noShows)], [sessions, byCollege, byGrade, byCategory]),
    section(
      'watch',
      s,
      [
        fig('watchTotal', sum(raw.watchByCollegeTier), 'persons'),
        fig('watchNew', f.watchNew),
        fig('watchRaised', f.watchRaised),
        fig('watchLowered', f.watchLowered),
        fig('watchRemoved', f.watchRemoved),
        fig('reviewDecisions', f.reviewDecisions),
        fig('planRevisions', f.planRevisions, 'count')
      ],
      [watch]
    ),
    section('crisis', s, [fig('crisesHandled', f.crisesHandled), fig('referralsSent', f.referralsSent), fig('referralsSeen', f.referralsSeen), fig('referralsReturned', f.referralsReturned)], []),
    section('followUps', s, [fig('peerSupport', f.peerSupport), fig('familyContacts', f.familyContacts), fig('dormVisits', f.dormVisits), fig('advisorTalks', f.advisorTalks)], []),
    section(
      'screening',
      s,
      [
        { key: 'screeningRounds', label: s.figures.screeningRounds, value: raw.rounds.length, unit: 'count', hidden: null },
        { key: 'screeningEnrolled', label: s.figures.screeningEnrolled, value: enrolled, unit: 'persons', hidden: null },
        screenedFig,
        rate('screeningCoverage', screenedFig.value, enrolled, raw.rounds.length > 0, s),
        flaggedFig,
        rate('screeningFlagRate', flaggedFig.value, screenedFig.value, raw.rounds.length > 0, s)
      ],
      raw.rounds.length > 0 ? [screening] : []
    ),
    section('openDay', s, [{ key: 'openDaySessions', label: s.figures.openDaySessions, value: f.openDaySessions, unit: 'count', hidden: null }, fig('openDayVisits', f.openDayVisits)], []),
    section('activities', s, activityFigures(raw, s), [activitiesTable(raw, s)])
  ]
  return { from: range.from, to: range.to, locale, threshold: k, generatedAt: setting.at, rounds: raw.rounds, sections }
}

function section(key: StatsSectionKey, s: StatsStrings, figures: StatsFigureDto[], tables: StatsTableDto[]): StatsSectionDto {
  return { key, title: s.sections[key], figures, tables }
}

/** A count on its own: published when 0 or ≥ k, else withheld ("<k"). */
function countFigure(key: StatsFigureKey, n: number, unit: StatsFigureDto['unit'], k: number, s: StatsStrings): StatsFigureDto {
  const small = isSmall(n, k)
  return { key, label: s.figures[key], value: small ? null : n, unit, hidden: small ? 'primary' : null }
}

/**
 * A percentage of two published counts, withheld with its count (else it would give it back);
 * none (—) without a round in the range or with nothing to divide by.
 */
function rate(key: 'screeningCoverage' | 'screeningFlagRate', part: number | null, whole: number | null, anyRound: boolean, s: StatsStrings): StatsFigureDto {
  const withheld = part === null || whole === null
  const value = withheld || !anyRound || whole === 0 ? null : Math.round((part / whole) * 1000) / 10
  return { key, label: s.figures[key], value, unit: 'percent', hidden: withheld ? 'secondary' : null }
}

/** The centre's own work: published as counted (it names no student). */
function activityFigures(raw: RawCounts, s: StatsStrings): StatsFigureDto[] {
  const kinds = Object.values(raw.activitiesByKind)
  const plain = (key: StatsFigureKey, value: number): StatsFigureDto => ({ key, label: s.figures[key], value, unit: 'count', hidden: null })
  return [
    plain('activities', kinds.reduce((a, x) => a + x.count, 0)),
    { ...plain('activityParticipants', kinds.reduce((a, x) => a + x.participants, 0)), unit: 'personTimes' },
    plain('events525', raw.figures.events525),
    plain('events1010', raw.figures.events1010)
  ]
}

function activitiesTable(raw: RawCounts, s: StatsStrings): StatsTableDto {
  const kinds = Object.keys(s.activityKinds) as (keyof StatsStrings['activityKinds'])[]
  const cells = kinds.map((kind) => [raw.activitiesByKind[kind]?.count ?? 0, raw.activitiesByKind[kind]?.participants ?? 0])
  return {
    key: 'activitiesByKind',
    title: s.tables.activitiesByKind,
    unit: 'count',
    rowHeader: s.rowHeaders.kind,
    rows: kinds.map((kind) => s.activityKinds[kind]),
    cols: [s.activityCols.count, s.activityCols.participants],
    cells,
    hidden: [],
    // Counts and participants do not add up across a row.
    rowTotals: null,
    colTotals: [cells.reduce((a, c) => a + (c[0] ?? 0), 0), cells.reduce((a, c) => a + (c[1] ?? 0), 0)],
    total: null,
    merged: { rows: [], cols: [] },
    withheld: false,
    suppressed: false,
    notes: [s.notes.activities]
  }
}

/** Suppresses a student table; a table whose whole total is 0 < n < k is published as "<k" only. */
function publishTable(spec: TableSpec, k: number, s: StatsStrings): StatsTableDto {
  const cells = spec.rows.map((row) => spec.cols.map((col) => spec.matrix[row.key]?.[col.key] ?? 0))
  const common = { key: spec.key, title: s.tables[spec.key], unit: spec.unit, rowHeader: spec.rowHeader, suppressed: true, notes: spec.notes }
  try {
    const a = anonymiseTable({ rows: spec.rows.map((r) => r.label), cols: spec.cols.map((c) => c.label), cells }, k, s.other)
    const all = spec.margins === 'all'
    return {
      ...common,
      rows: a.rows,
      cols: a.cols,
      cells: a.cells,
      hidden: a.hidden,
      rowTotals: a.rowTotals,
      colTotals: all ? a.colTotals : null,
      total: all ? a.total : null,
      merged: a.merged,
      withheld: false
    }
  } catch (error) {
    if (!(error instanceof SmallMarginError)) throw error
    return { ...common, rows: [], cols: [], cells: [], hidden: [], rowTotals: null, colTotals: null, total: null, merged: { rows: [], cols: [] }, withheld: true }
  }
}

function collegeRows(t: Tx): Line[] {
  return t.orm
    .select({ id: colleges.id, name: colleges.name })
    .from(colleges)
    .all()
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((c) => ({ key: c.id, label: c.name }))
}

/** The colleges, and "no college" last when some student without one was counted. */
function withNoKey(lines: Line[], m: Matrix, noLabel: string): Line[] {
  return rowHasCounts(m, NO_KEY) ? [...lines, { key: NO_KEY, label: noLabel }] : lines
}

function gradeRows(m: Matrix, s: StatsStrings): Line[] {
  const grades = Object.keys(m)
    .filter((g) => g !== NO_KEY)
    .sort()
  return [...grades.map((g) => ({ key: g, label: s.grade(g) })), ...(rowHasCounts(m, NO_KEY) ? [{ key: NO_KEY, label: s.noGrade }] : [])]
}

/** The centre's categories in their order (retired ones only when counted), named in the report's language. */
function categoryRows(categories: readonly ProblemCategory[], m: Matrix, locale: Locale): Line[] {
  const lines = categories.filter((c) => c.active || rowHasCounts(m, c.key)).map((c) => ({ key: c.key, label: c[locale] }))
  const unknown = Object.keys(m).filter((key) => !categories.some((c) => c.key === key) && rowHasCounts(m, key))
  return [...lines, ...unknown.map((key) => ({ key, label: key }))]
}

const rowHasCounts = (m: Matrix, key: string): boolean => Object.values(m[key] ?? {}).some((n) => n > 0)
const columnHasCounts = (m: Matrix, key: string): boolean => Object.values(m).some((line) => (line[key] ?? 0) > 0)
