import { describe, expect, it } from 'vitest'
import type { StatsReportDto, StatsTableDto } from '@shared/contract'
import { SHIPPED_CATEGORIES } from '../../../src/main/core/notes/shipped/categories'
import type { RawCounts } from '../../../src/main/core/stats/rawCounts'
import { assembleReport, type ReportSetting } from '../../../src/main/core/stats/report'

const PSY = { key: 'c-psy', label: '心理学院' }
const LANG = { key: 'c-lang', label: '外国语学院' }
const MATH = { key: 'c-math', label: '数学学院' }

/**
 * A month by hand (k = 5). 心理学院 and 外国语学院 are big enough; 数学学院 had nobody; one student
 * without a college came once. 2 crisis sessions in all; 3 students with a sleep problem.
 */
function raw(): RawCounts {
  return {
    sessionsByCollegeKind: {
      'c-psy': { intake: 10, counselling: 30, follow_up: 8, crisis: 1, remote: 6, group: 12 },
      'c-lang': { intake: 7, counselling: 14, follow_up: 6, crisis: 1, remote: 5, group: 9 },
      '': { counselling: 1 }
    },
    studentsByCollegeGender: { 'c-psy': { male: 6, female: 9 }, 'c-lang': { male: 5, female: 3, unknown: 1 } },
    studentsByGradeGender: { '2023': { male: 6, female: 7 }, '2024': { male: 5, female: 5, unknown: 1 } },
    studentsByCategoryGender: {
      academic: { male: 6, female: 7 },
      mood: { male: 5, female: 8 },
      sleep: { male: 1, female: 2 },
      other: { female: 1 }
    },
    watchByCollegeTier: { 'c-psy': { general: 12, serious: 5, crisis: 2 }, 'c-lang': { general: 9, serious: 6, crisis: 3 } },
    screeningByCollege: { 'c-psy': { flagged: 3, notFlagged: 400 }, 'c-lang': { flagged: 1, notFlagged: 300 } },
    enrolledByCollege: { 'c-psy': 410, 'c-lang': 320, 'c-math': 200 },
    activitiesByKind: { training: { count: 1, participants: 40 }, event: { count: 2, participants: 380 }, publicity: { count: 3, participants: 0 } },
    rounds: ['2026 年秋季新生心理普查'],
    figures: {
      firstVisits: 17,
      noShows: 3,
      watchNew: 6,
      watchRaised: 2,
      watchLowered: 0,
      watchRemoved: 5,
      reviewDecisions: 24,
      planRevisions: 9,
      crisesHandled: 2,
      referralsSent: 1,
      referralsSeen: 0,
      referralsReturned: 0,
      peerSupport: 140,
      familyContacts: 8,
      dormVisits: 4,
      advisorTalks: 11,
      openDaySessions: 1,
      openDayVisits: 26,
      events525: 1,
      events1010: 1
    }
  }
}

const setting = (over: Partial<ReportSetting> = {}): ReportSetting => ({
  range: { from: '2026-10-01', to: '2026-10-31' },
  locale: 'zh-CN',
  k: 5,
  colleges: [MATH, LANG, PSY],
  categories: SHIPPED_CATEGORIES,
  at: '2026-11-02T01:00:00.000Z',
  ...over
})

const tableOf = (report: StatsReportDto, key: StatsTableDto['key']): StatsTableDto => {
  const found = report.sections.flatMap((s) => s.tables).find((t) => t.key === key)
  if (!found) throw new Error(`no table ${key}`)
  return found
}
const figure = (report: StatsReportDto, key: string) => report.sections.flatMap((s) => s.figures).find((f) => f.key === key)
const sumOf = (m: Record<string, Record<string, number>>): number => Object.values(m).flatMap((line) => Object.values(line)).reduce((a, n) => a + n, 0)

describe('the report assembled from counts', () => {
  const report = assembleReport(raw(), setting())

  it('publishes in every student table only 0 or ≥ k, hidden cells as null, margins that add up to the counts', () => {
    for (const table of report.sections.flatMap((s) => s.tables).filter((t) => t.suppressed)) {
      for (const line of table.cells) for (const n of line) if (n !== null) expect(n === 0 || n >= 5, `${table.key}: ${n}`).toBe(true)
      for (const n of [...(table.rowTotals ?? []), ...(table.colTotals ?? []), table.total ?? 0]) expect(n === 0 || n >= 5, `${table.key} margin ${n}`).toBe(true)
      for (const { row, col } of table.hidden) expect(table.cells[row]?.[col]).toBeNull()
      const nulls = table.cells.flat().filter((n) => n === null).length
      expect(nulls).toBe(table.hidden.length)
      if (table.rowTotals) table.cells.forEach((line, r) => line.every((n) => n !== null) && expect(line.reduce<number>((a, n) => a + (n ?? 0), 0)).toBe(table.rowTotals?.[r]))
    }
    const sessions = tableOf(report, 'sessionsByCollegeKind')
    expect(sessions.total).toBe(sumOf(raw().sessionsByCollegeKind))
    expect(tableOf(report, 'watchByCollegeTier').total).toBe(37)
  })

  it('merges the lines too small to publish into 其他 and says which', () => {
    const sessions = tableOf(report, 'sessionsByCollegeKind')
    // 未分学院 had 1 session: under k, so into 其他, which takes the smallest college with it.
    expect(sessions.rows).toEqual(['数学学院', '心理学院', '其他'])
    expect(sessions.merged.rows).toEqual(['外国语学院', '未分学院'])
    expect(sessions.cells[0]?.every((n) => n === 0)).toBe(true)
    // 2 crisis sessions in all: the column goes into 其他 with the next smallest kind.
    expect(sessions.merged.cols).toContain('危机干预')
    expect(sessions.cols).not.toContain('危机干预')
    const categories = tableOf(report, 'studentsByCategoryGender')
    // 睡眠 (3) joins the shipped 其他 category rather than being printed.
    expect(categories.rows).not.toContain('睡眠')
    expect(categories.merged.rows).toContain('睡眠')
    expect(categories.rows.filter((r) => r === '其他')).toHaveLength(1)
  })

  it('hides a small cell with a second one in its row and column, and says why for the preview', () => {
    const watch = tableOf(report, 'watchByCollegeTier')
    expect(watch.rows).toEqual(['数学学院', '外国语学院', '心理学院'])
    const why = watch.hidden.map((h) => `${watch.rows[h.row]}/${watch.cols[h.col]}:${h.why}`).sort()
    expect(why).toContain('心理学院/危机关注:primary')
    expect(why).toContain('外国语学院/危机关注:primary')
    expect(watch.hidden.length).toBeGreaterThanOrEqual(4)
    expect(watch.hidden.filter((h) => h.why === 'secondary').length).toBeGreaterThanOrEqual(2)
    expect(watch.colTotals).toEqual([21, 11, 5])
  })

  it('a multi-response table publishes row totals only, with its note', () => {
    const categories = tableOf(report, 'studentsByCategoryGender')
    expect(categories.colTotals).toBeNull()
    expect(categories.total).toBeNull()
    expect(categories.rowTotals).not.toBeNull()
    expect(categories.notes[0]).toContain('多个问题类别')
    // Only the genders that occur. 未填写 (1 student) is under k: into 其他, which then takes the
    // smaller of the other two with it, so the one student cannot be worked out.
    const byGender = tableOf(report, 'studentsByCollegeGender')
    expect(byGender.cols).toEqual(['女', '其他'])
    expect(byGender.merged.cols).toEqual(['男', '未填写'])
    expect(tableOf(report, 'studentsByGradeGender').cols).not.toContain('未填写')
  })

  it('figures agree with the tables; small ones are withheld, and a rate with its count', () => {
    expect(figure(report, 'sessions')?.value).toBe(tableOf(report, 'sessionsByCollegeKind').total)
    expect(figure(report, 'students')?.value).toBe(tableOf(report, 'studentsByCollegeGender').total)
    expect(figure(report, 'firstVisits')).toMatchObject({ value: 17, hidden: null })
    expect(figure(report, 'noShows')).toMatchObject({ value: null, hidden: 'primary', label: '爽约人次' })
    expect(figure(report, 'watchLowered')).toMatchObject({ value: 0, hidden: null })
    expect(figure(report, 'referralsSent')).toMatchObject({ value: null, hidden: 'primary' })
    expect(figure(report, 'screeningScreened')?.value).toBe(704)
    expect(figure(report, 'screeningCoverage')).toMatchObject({ value: 75.7, unit: 'percent', hidden: null })
    // 4 flagged in all: withheld, and so is the flag rate (with 704 screened it would give 4 back).
    expect(figure(report, 'screeningFlagged')).toMatchObject({ value: null, hidden: 'primary' })
    expect(figure(report, 'screeningFlagRate')).toMatchObject({ value: null, hidden: 'secondary' })
    expect(report.rounds).toEqual(['2026 年秋季新生心理普查'])
  })

  it('the centre’s own activities are published as counted', () => {
    const activities = tableOf(report, 'activitiesByKind')
    expect(activities).toMatchObject({ suppressed: false, hidden: [], rowTotals: null, total: null })
    expect(activities.rows).toEqual(['培训', '讲座', '宣传推送', '主题活动', '其他'])
    expect(activities.cells).toEqual([[1, 40], [0, 0], [3, 0], [2, 380], [0, 0]])
    expect(activities.colTotals).toEqual([6, 420])
    expect(figure(report, 'events525')).toMatchObject({ value: 1, hidden: null })
  })

  it('a table whose whole count is under k is withheld, with its figure', () => {
    const small = { ...raw(), studentsByCollegeGender: { 'c-psy': { female: 2 }, 'c-lang': { male: 1 } } }
    const r = assembleReport(small, setting())
    expect(tableOf(r, 'studentsByCollegeGender')).toMatchObject({ withheld: true, cells: [], rowTotals: null, total: null })
    expect(figure(r, 'students')).toMatchObject({ value: null, hidden: 'primary' })
  })

  it('k comes from the settings, 3 to 11: nothing published is 0 < n < k', () => {
    for (let k = 3; k <= 11; k++) {
      const r = assembleReport(raw(), setting({ k }))
      for (const table of r.sections.flatMap((s) => s.tables).filter((t) => t.suppressed)) {
        for (const n of [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.colTotals ?? []), table.total]) {
          if (n !== null) expect(n === 0 || n >= k, `k=${k} ${table.key}: ${n}`).toBe(true)
        }
      }
      for (const f of r.sections.flatMap((s) => s.figures).filter((f) => f.unit !== 'percent' && f.key !== 'screeningEnrolled' && f.key !== 'screeningRounds' && f.key !== 'openDaySessions')) {
        if (f.value !== null && !['activities', 'activityParticipants', 'events525', 'events1010'].includes(f.key)) expect(f.value === 0 || f.value >= k, `k=${k} ${f.key}`).toBe(true)
      }
    }
    expect(assembleReport(raw(), setting({ k: 3 })).threshold).toBe(3)
    expect(figure(assembleReport(raw(), setting({ k: 3 })), 'noShows')).toMatchObject({ value: 3, hidden: null })
  })

  it('is written in English when asked, the 其他 line included', () => {
    const en = assembleReport(raw(), setting({ locale: 'en' }))
    expect(en.sections.map((s) => s.title)).toEqual(['Counselling', 'Watch list', 'Crises and referrals', 'Follow-ups', 'Screening', 'Open days', 'Centre activities'])
    expect(tableOf(en, 'sessionsByCollegeKind').rows).toContain('Other')
    expect(tableOf(en, 'studentsByGradeGender').rows[0]).toBe('Class of 2023')
  })

  it('leaves the screening table out when no round falls in the range', () => {
    const r = assembleReport({ ...raw(), rounds: [], screeningByCollege: {} }, setting())
    expect(r.sections.find((s) => s.key === 'screening')?.tables).toEqual([])
    expect(figure(r, 'screeningCoverage')).toMatchObject({ value: null, hidden: null })
  })
})
