import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { createCore } from '../core/core'
import { recoveryGroups } from '../core/vault/crypto'
import { MeteredCaller, type ChannelTime } from './meter'
import { assignStations, importRoster } from './seedRoster'
import { seedWatch, type WatchSeedCounts } from './seedWatch'
import { SimClock } from './simClock'
import { syntheticLandline } from './synthetic/contacts'
import { ROOMS } from './synthetic/colleges'
import { HISTORY_DAYS, HistoryCalendar } from './synthetic/history'
import { RARE_GIVEN_CHARS } from './synthetic/names'
import { planOrg, planStaff, type StaffPlan } from './synthetic/org'
import { createRandom } from './synthetic/random'
import { rosterRows } from './synthetic/roster'
import { MAX_STUDENTS, syntheticStudents } from './synthetic/students'
import { planWatch } from './synthetic/watchPlan'

export const SEED_DEFAULTS = { students: 16_000, centre: '示范学院心理健康教育中心', seed: 1 } as const
export const ADMIN_USERNAME = 'admin'
/** Review decisions recorded at each past weekly meeting, for 16,000 students (scaled). */
const DECISIONS_PER_MEETING = 20
const CENTRE_ADDRESS = '浙江省杭州市示范路1号 示范学院大学生活动中心三楼'

export interface SeedOptions {
  dataDir: string
  password: string
  students?: number
  centre?: string
  seed?: number
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
  /** The end of the synthetic history (default: now); a test fixes it to repeat a seed exactly. */
  now?: Date
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
  /** College stations given to the part-time counsellors, in all. */
  stations: number
  students: { stored: number; withRareNames: number; rosterBytes: number }
  watch: WatchSeedCounts
  /** Core calls made, and where their time went (most first). */
  calls: { total: number; byChannel: ChannelTime[] }
  /** The synthetic history's first and last day (centre dates). */
  history: { from: string; to: string }
  seconds: { setup: number; org: number; staff: number; students: number; watch: number; total: number }
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

export function checkSeedOptions(options: SeedOptions): Required<Omit<SeedOptions, 'log' | 'now'>> {
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
 * staff and their stations, the student roster (one import), then a semester of watch-list
 * work (tiers, checklists, 一生一策, follow-ups, weekly reviews) replayed on a clock that starts
 * HISTORY_DAYS ago and ends before today, so dates fall where a real semester's would.
 */
export async function seedCollege(options: SeedOptions): Promise<SeedSummary> {
  const opts = checkSeedOptions(options)
  const log = options.log ?? ((): void => undefined)
  const started = performance.now()
  const { adminDisplayName, staff } = planStaff(opts.seed)
  const students = syntheticStudents({ students: opts.students, seed: opts.seed })
  const rows = rosterRows(students, opts.seed)
  const advisors = new Map(planOrg(opts).flatMap((p) => p.classes.map((k) => [k.name, k.advisorName] as const)))
  const counsellors = staff.filter((m) => m.role === 'counsellor')
  const plan = planWatch({
    rows,
    seed: opts.seed,
    now: options.now ?? new Date(),
    counsellors: counsellors.length,
    advisorOf: (className) => advisors.get(className) ?? ''
  })
  const clock = new SimClock(plan.startMs)
  const core = createCore({ dataDir: opts.dataDir, clock, idleCheckMs: 3_600_000 })
  const caller = new MeteredCaller(core)
  try {
    const status = await caller.call('app.status', {})
    if (status.state !== 'setup') throw new SeedRefusedError(opts.dataDir, status.state)

    log(`Setting up the vault (2 key slots, scrypt) for ${opts.centre} …`)
    await caller.call('auth.setup', {
      centreName: opts.centre,
      admin: { username: ADMIN_USERNAME, displayName: adminDisplayName, password: opts.password }
    })
    const recoveryCode = await confirmRecoveryCode(caller)
    await caller.call('settings.centre.update', {
      name: opts.centre,
      address: CENTRE_ADDRESS,
      phone: syntheticLandline(createRandom(opts.seed, 'centre')),
      logo: null
    })
    const setupSeconds = since(started)

    const orgStart = performance.now()
    const org = await seedOrg(caller, opts, log)
    for (const room of ROOMS) await caller.call('settings.room.create', { ...room, active: true })
    log(`Rooms: ${ROOMS.map((r) => r.name).join('、')}`)
    const orgSeconds = since(orgStart)

    const staffStart = performance.now()
    const staffIds = new Map<string, string>()
    for (const [i, member] of staff.entries()) {
      const user = await caller.call('users.create', { ...member, firstPassword: opts.password })
      staffIds.set(member.username, user.id)
      log(`Staff ${i + 1}/${staff.length}: ${member.username} (${member.role}) ${member.displayName}`)
    }
    const idsOf = (role: StaffPlan['role']): string[] => staff.filter((m) => m.role === role).map((m) => staffIds.get(m.username) ?? '')
    const stations = await assignStations(caller, idsOf('part_time'), org.collegeIds)
    const staffSeconds = since(staffStart)

    const studentsStart = performance.now()
    const roster = await importRoster(caller, rows)
    const rare = students.filter((s) => RARE_GIVEN_CHARS.some((c) => s.name.includes(c))).length
    const studentsSeconds = since(studentsStart)
    log(`Students: ${roster.created} imported from one ${(roster.bytes / 1024).toFixed(0)} KB roster in ${studentsSeconds.toFixed(2)} s`)

    const watchStart = performance.now()
    const { idleTimeoutMinutes } = await caller.call('settings.security.get', {})
    log(`Watch list: replaying ${plan.events.length} acts of ${HISTORY_DAYS} days …`)
    const watch = await seedWatch({
      caller,
      clock,
      plan,
      studentIds: roster.studentIds,
      counsellorIds: idsOf('counsellor'),
      seed: opts.seed,
      idleTimeoutMinutes,
      decisionsPerMeeting: Math.max(2, Math.round((DECISIONS_PER_MEETING * opts.students) / 16_000)),
      log
    })
    const watchSeconds = since(watchStart)

    const cal = new HistoryCalendar(options.now ?? new Date())
    return {
      dataDir: opts.dataDir,
      centre: opts.centre,
      adminUsername: ADMIN_USERNAME,
      adminDisplayName,
      recoveryCode,
      colleges: org.collegeIds.length,
      classes: org.classes,
      rooms: ROOMS.length,
      staff,
      stations,
      students: { stored: roster.created, withRareNames: rare, rosterBytes: roster.bytes },
      watch,
      calls: { total: caller.calls, byChannel: caller.report() },
      history: { from: cal.date(0), to: cal.date(HISTORY_DAYS - 1) },
      seconds: {
        setup: setupSeconds,
        org: orgSeconds,
        staff: staffSeconds,
        students: studentsSeconds,
        watch: watchSeconds,
        total: since(started)
      }
    }
  } finally {
    await core.close()
  }
}

/** Types back the groups the app asks for, as the director would from the sheet they wrote the code on. */
async function confirmRecoveryCode(caller: MeteredCaller): Promise<string> {
  const { code, confirmGroups } = await caller.call('auth.recoveryCode.get', {})
  const groups = recoveryGroups(code)
  await caller.call('auth.recoveryCode.confirm', { groups: confirmGroups.map((g) => groups[g - 1] ?? '') })
  return code
}

async function seedOrg(
  caller: MeteredCaller,
  opts: { students: number; seed: number },
  log: (line: string) => void
): Promise<{ collegeIds: string[]; classes: number }> {
  const plan = planOrg(opts)
  let classes = 0
  const collegeIds: string[] = []
  for (const { college, classes: planned } of plan) {
    const created = await caller.call('settings.college.create', { name: college.name })
    collegeIds.push(created.id)
    for (const klass of planned) {
      await caller.call('settings.class.create', {
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
  return { collegeIds, classes }
}
