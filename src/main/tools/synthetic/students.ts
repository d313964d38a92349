import { MAX_STUDENT_PHONES, PhonePool } from './contacts'
import { syntheticName, type Gender } from './names'
import { planOrg } from './org'
import { createRandom, type Random } from './random'

export interface SyntheticStudent {
  /** 12 digits: entry year, college, major, class, seat — unique by construction. */
  studentNo: string
  name: string
  gender: Gender
  /** The college's name, as in settings.org.get. */
  college: string
  /** The class's name within its college, as in settings.org.get. */
  className: string
  grade: string
  /** Building and room, e.g. 12号楼-305. */
  dorm: string
  phone: string
}

/** Upper bound of --students: the phone ranges and two-digit class numbers stay unique well below it. */
export const MAX_STUDENTS = 50_000

// Men and women live in separate buildings, as in most Chinese colleges.
const MALE_BUILDINGS = 12
const FEMALE_BUILDINGS = 12

function dorm(random: Random, gender: Gender): string {
  const building = gender === 'male' ? random.int(1, MALE_BUILDINGS) : MALE_BUILDINGS + random.int(1, FEMALE_BUILDINGS)
  const floor = random.int(1, 6)
  const room = random.int(1, 24)
  return `${building}号楼-${floor}${String(room).padStart(2, '0')}`
}

/**
 * The synthetic students of the college that `planOrg` builds for the same (students, seed):
 * each in a class of the seeded org tree. Deterministic, so the students capability can store
 * exactly these once it exists, and a seed run can be repeated byte for byte.
 */
export function syntheticStudents(options: { students: number; seed: number }): SyntheticStudent[] {
  if (!Number.isInteger(options.students) || options.students < 0 || options.students > MAX_STUDENTS) {
    throw new RangeError(`students must be an integer from 0 to ${MAX_STUDENTS}`)
  }
  if (options.students > MAX_STUDENT_PHONES) throw new RangeError('not enough synthetic phone numbers')
  const random = createRandom(options.seed, 'students')
  const phones = PhonePool.forStudents(random)
  const students: SyntheticStudent[] = []
  for (const { college, classes } of planOrg(options)) {
    for (const klass of classes) {
      for (let seat = 1; seat <= klass.size; seat++) {
        const gender: Gender = random.chance(college.femaleShare) ? 'female' : 'male'
        students.push({
          studentNo: `${klass.grade}${college.code}${klass.majorCode}${klass.classNo}${String(seat).padStart(2, '0')}`,
          name: syntheticName(random, gender),
          gender,
          college: college.name,
          className: klass.name,
          grade: klass.grade,
          dorm: dorm(random, gender),
          phone: phones.next()
        })
      }
    }
  }
  return students
}
