import type { ChannelInput } from '@shared/contract'
import { createUser, login, ok, type TestCore, type TestUser } from '../helpers/core'

export interface Org {
  collegeId: string
  classId: string
  otherCollegeId: string
  otherClassId: string
}

/** Two colleges with a class each: 心理学院 / 应用心理1班 and 外国语学院 / 英语2班. */
export async function createOrg(core: TestCore): Promise<Org> {
  const college = await ok(core, 'settings.college.create', { name: '心理学院' })
  const klass = await ok(core, 'settings.class.create', {
    collegeId: college.id,
    name: '应用心理1班',
    grade: '2025',
    advisorName: '李老师',
    advisorPhone: '138 0000 0000'
  })
  const other = await ok(core, 'settings.college.create', { name: '外国语学院' })
  const otherClass = await ok(core, 'settings.class.create', { collegeId: other.id, name: '英语2班', grade: '2024', advisorName: '', advisorPhone: '' })
  return { collegeId: college.id, classId: klass.id, otherCollegeId: other.id, otherClassId: otherClass.id }
}

export const studentInput = (overrides: Partial<ChannelInput<'students.create'>> = {}): ChannelInput<'students.create'> => ({
  studentNo: '2025010101',
  name: '张三',
  gender: 'male',
  birthDate: '2006-05-06',
  collegeId: null,
  classId: null,
  grade: '2025',
  major: '应用心理学',
  dorm: '12号楼-305',
  phone: '138 0000 1111',
  guardianName: '张父',
  guardianRelation: '父亲',
  guardianPhone: '139 0000 2222',
  status: 'enrolled',
  contactNotes: '',
  ...overrides
})

/** Creates a user and logs them in with a password of their own (the first one is temporary). */
export async function loginAs(core: TestCore, user: TestUser): Promise<void> {
  await login(core, user.username, user.password)
  const own = `own ${user.username} secret`
  if (user.password !== own) {
    await ok(core, 'auth.changePassword', { currentPassword: user.password, newPassword: own })
    user.password = own
  }
}

export { createUser }
