import { STUDENT_FIELDS, type StudentField } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { AppError } from '../../errors'

export type Mapping = Partial<Record<StudentField, number>>

/** Header spellings seen on Chinese rosters and English ones, compared after normalising. */
const ALIASES: Record<StudentField, string[]> = {
  studentNo: ['学号', '学生学号', '学籍号', '学生编号', 'studentno', 'studentnumber', 'studentid'],
  name: ['姓名', '名字', '学生姓名', '学生', 'name', 'studentname', 'fullname'],
  gender: ['性别', 'gender', 'sex'],
  birthDate: ['出生日期', '生日', '出生年月', '出生年月日', 'birthdate', 'dateofbirth', 'birthday', 'dob'],
  college: ['学院', '院系', '所在学院', '所属学院', '院部', '系', '二级学院', 'college', 'school', 'faculty', 'department'],
  className: ['班级', '班级名称', '行政班', '所在班级', '班', 'class', 'classname'],
  grade: ['年级', '入学年级', '入学年份', 'grade', 'year', 'cohort'],
  major: ['专业', '专业名称', '所学专业', 'major', 'programme', 'program'],
  dorm: ['宿舍', '寝室', '宿舍号', '寝室号', '宿舍楼号', '宿舍房间', 'dorm', 'dormitory', 'room'],
  phone: ['联系电话', '手机', '电话', '手机号', '手机号码', '联系方式', '本人电话', '本人手机', 'phone', 'mobile', 'tel', 'telephone'],
  guardianName: ['监护人', '监护人姓名', '家长姓名', '家长', '紧急联系人', 'guardian', 'guardianname', 'parent', 'parentname'],
  guardianRelation: ['关系', '与学生关系', '监护人关系', '与本人关系', '亲属关系', 'relation', 'relationship', 'guardianrelation'],
  guardianPhone: ['监护人电话', '家长电话', '家长联系电话', '监护人联系电话', '紧急联系人电话', '家长手机', '监护人手机', 'guardianphone', 'parentphone'],
  status: ['状态', '学籍状态', '在校状态', '学生状态', 'status'],
  contactNotes: ['备注', '联系备注', '说明', 'notes', 'note', 'remarks', 'contactnotes']
}

/** When no alias matches whole: the words a header contains, most specific field first. */
const CONTAINS: [StudentField, string[]][] = [
  ['guardianPhone', ['监护人电话', '家长电话', '监护人手机', '家长手机', '家长联系', '监护人联系']],
  ['guardianRelation', ['关系']],
  ['guardianName', ['监护人', '家长']],
  ['studentNo', ['学号']],
  ['birthDate', ['出生', '生日']],
  ['phone', ['电话', '手机']],
  ['name', ['姓名']],
  ['college', ['学院', '院系']],
  ['className', ['班级']],
  ['dorm', ['宿舍', '寝室']],
  ['status', ['状态']],
  ['major', ['专业']],
  ['grade', ['年级']],
  ['contactNotes', ['备注']]
]

/**
 * Full-width letters and digits to half-width (NFKC), no spaces or punctuation, no
 * "(必填)"-style remarks or required-field stars: `学 号（必填）*` reads as 学号.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s_.:*#-]/g, '')
}

/** A first guess of which column holds which field; each field and column used once. */
export function guessMapping(headers: string[]): Mapping {
  const mapping: Mapping = {}
  const used = new Set<number>()
  const normalised = headers.map(normaliseHeader)
  const assign = (field: StudentField, col: number): void => {
    if (mapping[field] !== undefined || used.has(col)) return
    mapping[field] = col
    used.add(col)
  }
  for (const field of STUDENT_FIELDS) {
    const col = normalised.findIndex((h, i) => !used.has(i) && ALIASES[field].includes(h))
    if (col >= 0) assign(field, col)
  }
  for (const [field, words] of CONTAINS) {
    const col = normalised.findIndex((h, i) => !used.has(i) && words.some((w) => h.includes(w)))
    if (col >= 0) assign(field, col)
  }
  return mapping
}

/** What is wrong with a mapping: a column beyond the headers, or no column for number or name. */
export function mappingIssues(mapping: Mapping, headers: string[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const [field, col] of Object.entries(mapping)) {
    if (col !== undefined && col >= headers.length) issues.push({ path: `mapping.${field}`, messageKey: 'errors.import.columnOutOfRange' })
  }
  if (mapping.studentNo === undefined) issues.push({ path: 'mapping.studentNo', messageKey: 'errors.import.noStudentNoColumn' })
  if (mapping.name === undefined) issues.push({ path: 'mapping.name', messageKey: 'errors.import.noNameColumn' })
  return issues
}

export function assertMapping(mapping: Mapping, headers: string[]): void {
  const issues = mappingIssues(mapping, headers)
  if (issues.length > 0) throw new AppError('VALIDATION', 'errors.validation', undefined, issues)
}
