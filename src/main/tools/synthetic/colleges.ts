/**
 * The colleges of a synthetic 16,000-student college (示范学院): name, two-digit code used in
 * student numbers, share of students (weight), share of women, and majors with the short
 * names that class names start with (计科2301 = 计算机科学与技术, grade 2023, class 01).
 */
export interface CollegeDef {
  name: string
  code: string
  weight: number
  femaleShare: number
  majors: readonly { short: string; code: string }[]
}

const majors = (...shorts: string[]): CollegeDef['majors'] =>
  shorts.map((short, i) => ({ short, code: String(i + 1).padStart(2, '0') }))

export const COLLEGES: readonly CollegeDef[] = [
  { name: '计算机与信息工程学院', code: '01', weight: 12, femaleShare: 0.3, majors: majors('计科', '软工', '网工', '数据') },
  { name: '经济管理学院', code: '02', weight: 12, femaleShare: 0.65, majors: majors('会计', '财管', '工商', '电商', '国贸') },
  { name: '外国语学院', code: '03', weight: 6, femaleShare: 0.8, majors: majors('英语', '日语', '商英') },
  { name: '机械工程学院', code: '04', weight: 9, femaleShare: 0.15, majors: majors('机制', '车辆', '机电') },
  { name: '医学院', code: '05', weight: 10, femaleShare: 0.68, majors: majors('临床', '护理', '药学') },
  { name: '艺术设计学院', code: '06', weight: 7, femaleShare: 0.7, majors: majors('视传', '环设', '产设') },
  { name: '马克思主义学院', code: '07', weight: 2, femaleShare: 0.6, majors: majors('思政') },
  { name: '电气与电子工程学院', code: '08', weight: 8, femaleShare: 0.25, majors: majors('电气', '电信', '自动化') },
  { name: '土木与建筑工程学院', code: '09', weight: 7, femaleShare: 0.3, majors: majors('土木', '建筑', '工管') },
  { name: '化学与材料工程学院', code: '10', weight: 6, femaleShare: 0.45, majors: majors('化工', '材料', '应化') },
  { name: '人文与传媒学院', code: '11', weight: 6, femaleShare: 0.72, majors: majors('汉语言', '新闻', '广告') },
  { name: '数学与统计学院', code: '12', weight: 5, femaleShare: 0.5, majors: majors('数学', '统计', '金数') },
  { name: '教育学院', code: '13', weight: 6, femaleShare: 0.82, majors: majors('学前', '小教', '心理') },
  { name: '体育学院', code: '14', weight: 4, femaleShare: 0.35, majors: majors('体教', '社体') }
]

/** The four grades in school; a class's grade is its year of entry. */
export const GRADES = ['2023', '2024', '2025', '2026'] as const

/** About forty students to a class, as in most Chinese colleges. */
export const STUDENTS_PER_CLASS = 40

/** Rooms for one student and a counsellor: 1–4 are the full-timers', the others the part-timers' (apptSchedule.ts). */
export const COUNSELLING_ROOMS = ['个体咨询室1', '个体咨询室2', '个体咨询室3', '个体咨询室4', '个体咨询室5', '个体咨询室6', '沙盘室'] as const
export const GROUP_ROOM = '团体辅导室'
export const OPEN_DAY_ROOM = '心理体验开放室'

/** The centre's rooms, as settings.room.create takes them. */
export const ROOMS = [
  ...COUNSELLING_ROOMS.map((name, i) => ({
    name,
    kind: 'counselling' as const,
    location: `大学生活动中心三楼 30${i + 1}`,
    capacity: 3
  })),
  { name: GROUP_ROOM, kind: 'group' as const, location: '大学生活动中心三楼 310', capacity: 16 },
  { name: OPEN_DAY_ROOM, kind: 'open_day' as const, location: '大学生活动中心一楼 105', capacity: 30 },
  { name: '电话/线上咨询', kind: 'remote' as const, location: '', capacity: 1 }
]

/** The centre's staff besides the director (DESIGN.md: 4 full-time, 9 part-time counsellors). */
export const STAFF_ROLES = [
  { role: 'counsellor' as const, prefix: 'counsellor', count: 4 },
  { role: 'part_time' as const, prefix: 'parttime', count: 9 },
  { role: 'assistant' as const, prefix: 'assistant', count: 2 }
]
