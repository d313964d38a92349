import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { createCore, type Core } from '../core/core'
import { recoveryGroups } from '../core/vault/crypto'
import { callOrThrow } from './coreCall'
import { syntheticLandline } from './synthetic/contacts'
import { ROOMS } from './synthetic/colleges'
import { planOrg, planStaff, type StaffPlan } from './synthetic/org'
import { createRandom } from './synthetic/random'
import { MAX_STUDENTS, syntheticStudents } from './synthetic/students'
import { RARE_GIVEN_CHARS } from './synthetic/names'

export const SEED_DEFAULTS = { students: 16_000, centre: '示范学院心理健康教育中心', seed: 1 } as const
export const ADMIN_USERNAME = 'admin'
const CENTRE_ADDRESS = '浙江省杭州市示范路1号 示范学院大学生活动中心三楼'

export interface SeedOptions {
  dataDir: string
  password: string
  students?: number
  centre?: string
  seed?: number
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
}

export interface SeedSummary {
  dataDir: string
  centre: string
  adminUsername: string
  adminDisplayName: string
  /** Shown once at the end of a seed run; the vault keeps only a slot wrapped under it. */
  recoveryCode: string
  colleges: number
  classes: number
  rooms: number
  staff: StaffPlan[]
  /** Generated, not stored: the schema has no students yet. */
  studentsGenerated: number
  studentsWithRareNames: number
  seconds: { setup: number; org: number; staff: number; students: number; total: number }
}

/** The data dir already holds a vault (or the remains of one): the seed never writes over records. */
export class SeedRefusedError extends Error {
  constructor(dataDir: string, state: string) {
    super(
      `${dataDir} already holds a XinAn vault (state: ${state}). The seed only fills an empty data dir; ` +
        `choose a new --data-dir. / 该数据目录已有心安数据，种子程序只写入空目录，请换一个 --data-dir。`
    )
    this.name = 'SeedRefusedError'
  }
}

export function checkSeedOptions(options: SeedOptions): Required<Omit<SeedOptions, 'log'>> {
  const students = options.students ?? SEED_DEFAULTS.students
  const seed = options.seed ?? SEED_DEFAULTS.seed
  const centre = (options.centre ?? SEED_DEFAULTS.centre).trim()
  if (options.password.length < PASSWORD_MIN_LENGTH) throw new RangeError(`--password needs at least ${PASSWORD_MIN_LENGTH} characters`)
  if (!Number.isInteger(students) || students < 1 || students > MAX_STUDENTS) throw new RangeError(`--students must be 1–${MAX_STUDENTS}`)
  if (!Number.isSafeInteger(seed)) throw new RangeError('--seed must be an integer')
  if (centre.length === 0 || centre.length > 60) throw new RangeError('--centre must be 1–60 characters')
  return { dataDir: options.dataDir, password: options.password, students, centre, seed }
}

const since = (start: number): number => Math.round((performance.now() - start) / 10) / 100

/**
 * Builds a synthetic centre through the core's channels, exactly as an admin clicking through
 * the app would (every act audited): setup and recovery code, centre profile, org tree, rooms,
 * staff. Students are generated but not stored until the students capability exists.
 */
export async function seedCollege(options: SeedOptions): Promise<SeedSummary> {
  const opts = checkSeedOptions(options)
  const log = options.log ?? ((): void => undefined)
  const started = performance.now()
  const core = createCore({ dataDir: opts.dataDir })
  try {
    const status = await callOrThrow(core, 'app.status', {})
    if (status.state !== 'setup') throw new SeedRefusedError(opts.dataDir, status.state)
    const { adminDisplayName, staff } = planStaff(opts.seed)

    log(`Setting up the vault (2 key slots, scrypt) for ${opts.centre} …`)
    await callOrThrow(core, 'auth.setup', {
      centreName: opts.centre,
      admin: { username: ADMIN_USERNAME, displayName: adminDisplayName, password: opts.password }
    })
    const recoveryCode = await confirmRecoveryCode(core)
    await callOrThrow(core, 'settings.centre.update', {
      name: opts.centre,
      address: CENTRE_ADDRESS,
      phone: syntheticLandline(createRandom(opts.seed, 'centre')),
      logo: null
    })
    const setupSeconds = since(started)

    const orgStart = performance.now()
    const org = await seedOrg(core, opts, log)
    for (const room of ROOMS) await callOrThrow(core, 'settings.room.create', { ...room, active: true })
    log(`Rooms: ${ROOMS.map((r) => r.name).join('、')}`)
    const orgSeconds = since(orgStart)

    const staffStart = performance.now()
    for (const [i, member] of staff.entries()) {
      await callOrThrow(core, 'users.create', { ...member, firstPassword: opts.password })
      log(`Staff ${i + 1}/${staff.length}: ${member.username} (${member.role}) ${member.displayName}`)
    }
    const staffSeconds = since(staffStart)

    const studentsStart = performance.now()
    const students = syntheticStudents({ students: opts.students, seed: opts.seed })
    const rare = students.filter((s) => RARE_GIVEN_CHARS.some((c) => s.name.includes(c))).length
    const studentsSeconds = since(studentsStart)

    return {
      dataDir: opts.dataDir,
      centre: opts.centre,
      adminUsername: ADMIN_USERNAME,
      adminDisplayName,
      recoveryCode,
      colleges: org.colleges,
      classes: org.classes,
      rooms: ROOMS.length,
      staff,
      studentsGenerated: students.length,
      studentsWithRareNames: rare,
      seconds: { setup: setupSeconds, org: orgSeconds, staff: staffSeconds, students: studentsSeconds, total: since(started) }
    }
  } finally {
    await core.close()
  }
}

/** Types back the groups the app asks for, as the director would from the sheet they wrote the code on. */
async function confirmRecoveryCode(core: Core): Promise<string> {
  const { code, confirmGroups } = await callOrThrow(core, 'auth.recoveryCode.get', {})
  const groups = recoveryGroups(code)
  await callOrThrow(core, 'auth.recoveryCode.confirm', { groups: confirmGroups.map((g) => groups[g - 1] ?? '') })
  return code
}

async function seedOrg(
  core: Core,
  opts: { students: number; seed: number },
  log: (line: string) => void
): Promise<{ colleges: number; classes: number }> {
  const plan = planOrg(opts)
  let classes = 0
  for (const { college, classes: planned } of plan) {
    const created = await callOrThrow(core, 'settings.college.create', { name: college.name })
    for (const klass of planned) {
      await callOrThrow(core, 'settings.class.create', {
        collegeId: created.id,
        name: klass.name,
        grade: klass.grade,
        advisorName: klass.advisorName,
        advisorPhone: klass.advisorPhone
      })
    }
    classes += planned.length
    const students = planned.reduce((n, k) => n + k.size, 0)
    log(`College ${college.name}: ${planned.length} classes, ${students} students`)
  }
  return { colleges: plan.length, classes }
}
