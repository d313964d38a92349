import type { StatsFigureKey, StatsSectionKey, StatsTableKey } from '@shared/contract'
import type { Locale } from '@shared/i18n'

/**
 * The words of the report, which the core writes in the report's language so that the screen,
 * XLSX, CSV and PDF all say the same thing. Problem categories and colleges are the centre's own
 * names (settings); everything else is here.
 */
const zh = {
  other: '其他',
  noCollege: '未分学院',
  noGrade: '未填年级',
  grade: (g: string) => `${g}级`,
  sections: {
    counselling: '咨询工作',
    watch: '重点关注学生',
    crisis: '危机干预与转介',
    followUps: '跟进工作',
    screening: '心理筛查',
    openDay: '开放日',
    activities: '中心活动'
  } satisfies Record<StatsSectionKey, string>,
  figures: {
    sessions: '咨询人次',
    students: '咨询人数',
    firstVisits: '初访人次',
    noShows: '爽约人次',
    watchTotal: '期末在册关注学生（人）',
    watchNew: '新增关注（人次）',
    watchRaised: '升级（人次）',
    watchLowered: '降级（人次）',
    watchRemoved: '解除关注（人次）',
    reviewDecisions: '研判复核（人次）',
    planRevisions: '一生一策修订（份）',
    crisesHandled: '危机干预（次）',
    referralsSent: '转介送诊（人次）',
    referralsSeen: '医院接诊（人次）',
    referralsReturned: '返校复学（人次）',
    peerSupport: '朋辈支持（人次）',
    familyContacts: '家校沟通（人次）',
    dormVisits: '宿舍走访（人次）',
    advisorTalks: '与辅导员沟通（人次）',
    screeningRounds: '筛查批次',
    screeningEnrolled: '在读人数',
    screeningScreened: '已筛查人数',
    screeningCoverage: '筛查覆盖率',
    screeningFlagged: '预警人数',
    screeningFlagRate: '预警率',
    openDaySessions: '开放日场次',
    openDayVisits: '开放日来访（人次）',
    activities: '中心活动（次）',
    activityParticipants: '活动参与（人次）',
    events525: '5·25 主题活动（次）',
    events1010: '10·10 主题活动（次）'
  } satisfies Record<StatsFigureKey, string>,
  tables: {
    sessionsByCollegeKind: '咨询人次：学院 × 咨询类型',
    studentsByCollegeGender: '咨询人数：学院 × 性别',
    studentsByGradeGender: '咨询人数：年级 × 性别',
    studentsByCategoryGender: '咨询人数：问题类别 × 性别',
    watchByCollegeTier: '期末在册关注学生：学院 × 关注等级',
    screeningByCollege: '筛查人数：学院 × 是否预警',
    activitiesByKind: '中心活动：类别'
  } satisfies Record<StatsTableKey, string>,
  rowHeaders: { college: '学院', grade: '年级', category: '问题类别', kind: '活动类别' },
  kinds: { intake: '初访', counselling: '个体咨询', follow_up: '回访', crisis: '危机干预', remote: '线上咨询', group: '团体辅导' },
  genders: { male: '男', female: '女', other: '其他', unknown: '未填写' },
  tiers: { general: '一般关注', serious: '严重关注', crisis: '危机关注' },
  screening: { flagged: '预警', notFlagged: '未预警' },
  activityKinds: { training: '培训', lecture: '讲座', publicity: '宣传推送', event: '主题活动', other: '其他' },
  activityCols: { count: '次数', participants: '参与人次' },
  notes: {
    categories: '一名学生可能有多个问题类别，各行之和可大于咨询人数，故不列合计行。依据期内签署的咨询记录。',
    watch: '按统计期末一日的关注等级计。',
    screening: '按期内的筛查批次计；覆盖率 = 已筛查 / 在读，预警率 = 预警 / 已筛查。',
    activities: '中心自身工作量，不涉及学生个人，不做隐藏处理。'
  }
}

const en: typeof zh = {
  other: 'Other',
  noCollege: 'No college',
  noGrade: 'No grade',
  grade: (g: string) => `Class of ${g}`,
  sections: {
    counselling: 'Counselling',
    watch: 'Watch list',
    crisis: 'Crises and referrals',
    followUps: 'Follow-ups',
    screening: 'Screening',
    openDay: 'Open days',
    activities: 'Centre activities'
  },
  figures: {
    sessions: 'Sessions (person-times)',
    students: 'Students counselled',
    firstVisits: 'First visits',
    noShows: 'No-shows',
    watchTotal: 'On the watch list at the end (students)',
    watchNew: 'Added (person-times)',
    watchRaised: 'Raised (person-times)',
    watchLowered: 'Lowered (person-times)',
    watchRemoved: 'Taken off (person-times)',
    reviewDecisions: 'Review decisions (person-times)',
    planRevisions: 'Care plan revisions',
    crisesHandled: 'Crises handled',
    referralsSent: 'Referrals sent',
    referralsSeen: 'Seen by the hospital',
    referralsReturned: 'Returned to school',
    peerSupport: 'Peer support (person-times)',
    familyContacts: 'Family contacts (person-times)',
    dormVisits: 'Dorm visits (person-times)',
    advisorTalks: 'Talks with advisors (person-times)',
    screeningRounds: 'Screening rounds',
    screeningEnrolled: 'Enrolled students',
    screeningScreened: 'Students screened',
    screeningCoverage: 'Coverage',
    screeningFlagged: 'Students flagged',
    screeningFlagRate: 'Flag rate',
    openDaySessions: 'Open-day sessions',
    openDayVisits: 'Open-day visits (person-times)',
    activities: 'Activities',
    activityParticipants: 'Participants (person-times)',
    events525: '5·25 events',
    events1010: '10·10 events'
  },
  tables: {
    sessionsByCollegeKind: 'Sessions: college × kind',
    studentsByCollegeGender: 'Students counselled: college × gender',
    studentsByGradeGender: 'Students counselled: grade × gender',
    studentsByCategoryGender: 'Students counselled: problem category × gender',
    watchByCollegeTier: 'On the watch list at the end: college × tier',
    screeningByCollege: 'Students screened: college × flagged',
    activitiesByKind: 'Centre activities: kind'
  },
  rowHeaders: { college: 'College', grade: 'Grade', category: 'Problem category', kind: 'Kind' },
  kinds: { intake: 'First visit', counselling: 'Counselling', follow_up: 'Follow-up', crisis: 'Crisis', remote: 'Online', group: 'Group' },
  genders: { male: 'Male', female: 'Female', other: 'Other', unknown: 'Not recorded' },
  tiers: { general: 'General', serious: 'Serious', crisis: 'Crisis' },
  screening: { flagged: 'Flagged', notFlagged: 'Not flagged' },
  activityKinds: { training: 'Training', lecture: 'Lecture', publicity: 'Publicity', event: 'Event', other: 'Other' },
  activityCols: { count: 'Count', participants: 'Participants' },
  notes: {
    categories: 'A student may have several problem categories, so the rows can add up to more than the students counselled and no total row is given. From notes signed in the period.',
    watch: 'By each student’s tier on the last day of the period.',
    screening: 'Rounds dated in the period; coverage = screened / enrolled, flag rate = flagged / screened.',
    activities: 'The centre’s own work, about no student: published as is.'
  }
}

export type StatsStrings = typeof zh
export const STATS_STRINGS: Record<Locale, StatsStrings> = { 'zh-CN': zh, en }
