import type { StatsFigureDto, StatsReportDto, StatsTableDto } from '../../../src/shared/contract/stats'

/*
 * A hand-built, already anonymised report (k = 5) for the export tests, in Chinese and English.
 * It holds every case the exports must print by the rules: a table with a primary and secondary
 * hidden cells and lines merged into 其他, a multi-response table without row totals, a withheld
 * table, a plain table, the centre's own activities (not suppressed), a withheld count and a
 * withheld rate.
 */

export const K = 5

/**
 * The true counts behind the hidden cells of the sessions table (row, col, value): what no
 * file may show. (0,2) = 3 is primary; the others are hidden so it cannot be worked out.
 */
export const HIDDEN_TRUTH = [
  { row: 0, col: 1, value: 7 },
  { row: 0, col: 2, value: 3 },
  { row: 1, col: 1, value: 6 },
  { row: 1, col: 2, value: 8 }
] as const

const SESSION_CELLS = [
  [12, 7, 3],
  [9, 6, 8],
  [10, 5, 6],
  [11, 9, 7]
]

const hide = (cells: number[][]): (number | null)[][] =>
  cells.map((line, row) => line.map((n, col) => (HIDDEN_TRUTH.some((h) => h.row === row && h.col === col) ? null : n)))

const zh = {
  sections: { counselling: '个体咨询', watch: '重点关注', screening: '心理普查', activities: '中心工作' },
  figures: {
    sessions: '咨询人次',
    students: '咨询人数',
    firstVisits: '初次来访人数',
    noShows: '爽约人次',
    watchTotal: '关注学生人数',
    screeningEnrolled: '应筛查人数',
    screeningScreened: '已筛查人数',
    screeningCoverage: '筛查覆盖率',
    screeningFlagged: '预警人数',
    screeningFlagRate: '预警率',
    activities: '活动次数'
  },
  sessions: {
    title: '咨询人次（按学院与咨询类型）',
    rowHeader: '学院',
    rows: ['计算机学院', '心理学院', '经济, 管理学院', '其他'],
    cols: ['个体咨询', '团体辅导', '危机干预'],
    merged: ['外国语学院', '艺术学院'],
    notes: ['同一学生多次咨询，分别计入人次。']
  },
  grade: { title: '咨询学生人数（按年级与性别）', rowHeader: '年级', rows: ['2023级', '2024级', '2025级'], cols: ['男', '女'] },
  category: {
    title: '咨询学生人数（按性别与问题类别，可多选）',
    rowHeader: '性别',
    rows: ['男', '女'],
    cols: ['学业压力', '人际关系', '情绪困扰'],
    notes: ['一名学生可有多个问题类别，各行不设合计；比例 < 1% & 其他情况见说明。']
  },
  watch: { title: '关注学生人数（按学院与等级）', rowHeader: '学院' },
  activities: { title: '中心工作（按类型）', rowHeader: '类型', rows: ['培训', '讲座', '宣传', '活动'], cols: ['次数', '参与人数'] },
  rounds: ['2026 级新生心理普查']
}

const en: typeof zh = {
  sections: { counselling: 'Counselling', watch: 'Watch list', screening: 'Screening', activities: 'Centre work' },
  figures: {
    sessions: 'Sessions (person-times)',
    students: 'Students counselled',
    firstVisits: 'First visits',
    noShows: 'No-shows',
    watchTotal: 'Students on the watch list',
    screeningEnrolled: 'Enrolled',
    screeningScreened: 'Screened',
    screeningCoverage: 'Coverage',
    screeningFlagged: 'Flagged',
    screeningFlagRate: 'Flag rate',
    activities: 'Activities'
  },
  sessions: {
    title: 'Sessions by college and kind',
    rowHeader: 'College',
    rows: ['Computing', 'Psychology', 'Economics, Management', 'Other'],
    cols: ['Individual', 'Group', 'Crisis'],
    merged: ['Foreign Languages', 'Arts'],
    notes: ['A student seen several times counts once per session.']
  },
  grade: { title: 'Students by year and gender', rowHeader: 'Year', rows: ['Class of 2023', 'Class of 2024', 'Class of 2025'], cols: ['Male', 'Female'] },
  category: {
    title: 'Students by gender and concern (several allowed)',
    rowHeader: 'Gender',
    rows: ['Male', 'Female'],
    cols: ['Study', 'Relationships', 'Mood'],
    notes: ['A student may have several concerns, so rows have no total; < 1% & other cases explained.']
  },
  watch: { title: 'Watched students by college and tier', rowHeader: 'College' },
  activities: { title: 'Centre work by kind', rowHeader: 'Kind', rows: ['Training', 'Lecture', 'Publicity', 'Event'], cols: ['Held', 'Participants'] },
  rounds: ['Freshman screening 2026']
}

type Labels = typeof zh

const figure = (labels: Labels, key: keyof Labels['figures'], value: number | null, unit: StatsFigureDto['unit'] = 'persons'): StatsFigureDto => ({
  key,
  label: labels.figures[key],
  value,
  unit,
  // As the report makes them: a count is withheld itself, a rate because its count is.
  hidden: value === null ? (unit === 'percent' ? 'secondary' : 'primary') : null
})

const base = {
  hidden: [],
  merged: { rows: [], cols: [] },
  withheld: false,
  suppressed: true,
  notes: []
} satisfies Partial<StatsTableDto>

function tables(l: Labels): Record<'sessions' | 'grade' | 'category' | 'watch' | 'activities', StatsTableDto> {
  return {
    sessions: {
      ...base,
      key: 'sessionsByCollegeKind',
      unit: 'personTimes',
      ...l.sessions,
      cells: hide(SESSION_CELLS),
      hidden: HIDDEN_TRUTH.map(({ row, col }) => ({ row, col, why: row === 0 && col === 2 ? 'primary' : 'secondary' })),
      rowTotals: [22, 23, 21, 27],
      colTotals: [42, 27, 24],
      total: 93,
      merged: { rows: l.sessions.merged, cols: [] }
    },
    grade: {
      ...base,
      key: 'studentsByGradeGender',
      unit: 'persons',
      ...l.grade,
      cells: [
        [6, 9],
        [8, 7],
        [5, 6]
      ],
      rowTotals: [15, 15, 11],
      colTotals: [19, 22],
      total: 41
    },
    category: {
      ...base,
      key: 'studentsByCategoryGender',
      unit: 'persons',
      ...l.category,
      cells: [
        [9, 6, 7],
        [12, 8, 10]
      ],
      rowTotals: null,
      colTotals: [21, 14, 17],
      total: null
    },
    watch: {
      ...base,
      key: 'watchByCollegeTier',
      unit: 'persons',
      ...l.watch,
      rows: [],
      cols: [],
      cells: [],
      rowTotals: null,
      colTotals: null,
      total: null,
      withheld: true
    },
    activities: {
      ...base,
      key: 'activitiesByKind',
      unit: 'count',
      ...l.activities,
      cells: [
        [2, 85],
        [3, 240],
        [4, 0],
        [1, 320]
      ],
      rowTotals: null,
      colTotals: [10, 645],
      total: null,
      suppressed: false
    }
  }
}

function report(locale: StatsReportDto['locale'], l: Labels): StatsReportDto {
  const t = tables(l)
  return {
    from: '2026-09-01',
    to: '2026-12-31',
    locale,
    threshold: K,
    generatedAt: '2027-01-04T02:30:00.000Z',
    rounds: l.rounds,
    sections: [
      {
        key: 'counselling',
        title: l.sections.counselling,
        figures: [figure(l, 'sessions', 93, 'personTimes'), figure(l, 'students', 41), figure(l, 'firstVisits', null), figure(l, 'noShows', 0, 'personTimes')],
        tables: [t.sessions, t.grade, t.category]
      },
      { key: 'watch', title: l.sections.watch, figures: [figure(l, 'watchTotal', 12)], tables: [t.watch] },
      {
        key: 'screening',
        title: l.sections.screening,
        figures: [
          figure(l, 'screeningEnrolled', 1200),
          figure(l, 'screeningScreened', 1168),
          figure(l, 'screeningCoverage', 97.3, 'percent'),
          figure(l, 'screeningFlagged', null),
          figure(l, 'screeningFlagRate', null, 'percent')
        ],
        tables: []
      },
      { key: 'activities', title: l.sections.activities, figures: [figure(l, 'activities', 10, 'count')], tables: [t.activities] }
    ]
  }
}

export const REPORT_ZH = report('zh-CN', zh)
export const REPORT_EN = report('en', en)
