import { MAX_GUARDIAN_PHONES, PhonePool } from './contacts'
import { surnameOf, syntheticName } from './names'
import { createRandom } from './random'
import type { SyntheticStudent } from './students'

/** The full names of the majors whose short names start the class names (colleges.ts). */
const MAJOR_NAMES: Record<string, string> = {
  计科: '计算机科学与技术', 软工: '软件工程', 网工: '网络工程', 数据: '数据科学与大数据技术',
  会计: '会计学', 财管: '财务管理', 工商: '工商管理', 电商: '电子商务', 国贸: '国际经济与贸易',
  英语: '英语', 日语: '日语', 商英: '商务英语',
  机制: '机械设计制造及其自动化', 车辆: '车辆工程', 机电: '机械电子工程',
  临床: '临床医学', 护理: '护理学', 药学: '药学',
  视传: '视觉传达设计', 环设: '环境设计', 产设: '产品设计',
  思政: '思想政治教育',
  电气: '电气工程及其自动化', 电信: '电子信息工程', 自动化: '自动化',
  土木: '土木工程', 建筑: '建筑学', 工管: '工程管理',
  化工: '化学工程与工艺', 材料: '材料科学与工程', 应化: '应用化学',
  汉语言: '汉语言文学', 新闻: '新闻学', 广告: '广告学',
  数学: '数学与应用数学', 统计: '统计学', 金数: '金融数学',
  学前: '学前教育', 小教: '小学教育', 心理: '应用心理学',
  体教: '体育教育', 社体: '社会体育指导与管理'
}

/** The class name minus its grade and number: 计科2301 → 计科. */
export const majorOf = (className: string): string => MAJOR_NAMES[className.replace(/\d+$/, '')] ?? ''

/** The columns of the synthetic roster, as a registrar's export would head them. */
export const ROSTER_HEADERS = [
  '学号',
  '姓名',
  '性别',
  '出生日期',
  '学院',
  '班级',
  '年级',
  '专业',
  '宿舍',
  '联系电话',
  '监护人姓名',
  '与学生关系',
  '监护人电话',
  '学籍状态'
] as const

/** The roster mapping by column index, as the import's column picker would send it. */
export const ROSTER_MAPPING = {
  studentNo: 0,
  name: 1,
  gender: 2,
  birthDate: 3,
  college: 4,
  className: 5,
  grade: 6,
  major: 7,
  dorm: 8,
  phone: 9,
  guardianName: 10,
  guardianRelation: 11,
  guardianPhone: 12,
  status: 13
} as const

export interface RosterRow {
  student: SyntheticStudent
  birthDate: string
  major: string
  guardianName: string
  guardianRelation: '父亲' | '母亲'
  guardianPhone: string
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

/**
 * What the registrar's export adds to each synthetic student: birth date (about eighteen at
 * entry), major, and a parent as guardian. Its own random stream, so the students themselves
 * stay exactly as syntheticStudents makes them.
 */
export function rosterRows(students: readonly SyntheticStudent[], seed: number): RosterRow[] {
  if (students.length > MAX_GUARDIAN_PHONES) throw new RangeError('not enough synthetic guardian phone numbers')
  const random = createRandom(seed, 'roster')
  const phones = PhonePool.forGuardians(random)
  return students.map((student) => {
    const born = Number(student.grade) - 18 - (random.chance(0.3) ? 1 : 0)
    const month = random.int(1, 12)
    const day = random.int(1, 28)
    const mother = random.chance(0.55)
    // A father shares the student's surname in most families; a mother is named on her own.
    const other = syntheticName(random, mother ? 'female' : 'male')
    const guardianName = mother ? other : surnameOf(student.name) + other.slice(surnameOf(other).length)
    return {
      student,
      birthDate: `${born}-${pad2(month)}-${pad2(day)}`,
      major: majorOf(student.className),
      guardianName,
      guardianRelation: mother ? '母亲' : '父亲',
      guardianPhone: phones.next()
    }
  })
}

/** One CSV field: quoted only when it must be (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const GENDER_WORD = { male: '男', female: '女' } as const

/** The roster as a UTF-8 CSV file (CRLF, as Excel writes it), ready for students.import.*. */
export function rosterCsv(rows: readonly RosterRow[], dormOf: (row: RosterRow, index: number) => string = (r) => r.student.dorm): Buffer {
  const lines = [ROSTER_HEADERS.join(',')]
  for (const [index, row] of rows.entries()) {
    const s = row.student
    lines.push(
      [
        s.studentNo,
        s.name,
        GENDER_WORD[s.gender],
        row.birthDate,
        s.college,
        s.className,
        s.grade,
        row.major,
        dormOf(row, index),
        s.phone,
        row.guardianName,
        row.guardianRelation,
        row.guardianPhone,
        '在读'
      ]
        .map(field)
        .join(',')
    )
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')
}
