import { PASSWORD_MIN_LENGTH } from '@shared/validation'
import { createCore } from '../core/core'
import { recoveryGroups } from '../core/vault/crypto'
import type { ChannelTime, MeteredCaller } from './meter'
import { seedAvailability } from './seedAppointments'
import { seedHistory } from './seedHistory'
import { appointmentIdsOf, BookingRecorder, type NoteSeedCounts } from './seedNotes'
import { assignStations, importRoster, seedOrg } from './seedRoster'
import { dataDirState, openStage } from './seedStaging'
import type { WatchSeedCounts } from './seedWatch'
import { SimClock } from './simClock'
import { planAppointments, type AppointmentPlan, type AppointmentPlanCounts } from './synthetic/apptPlan'
import { syntheticLandline } from './synthetic/contacts'
import { COLLEGES, ROOMS } from './synthetic/colleges'
import { HISTORY_DAYS, HistoryCalendar } from './synthetic/history'
import { RARE_GIVEN_CHARS } from './synthetic/names'
import { planOrg, planStaff, stationColleges, stationOfRows, type StaffPlan } from './synthetic/org'
import { planNotes, type NotePlan, type NotePlanCounts } from './synthetic/notePlan'
import { createRandom } from './synthetic/random'
import { rosterRows, type RosterRow } from './synthetic/roster'
import { MAX_STUDENTS, syntheticStudents } from './synthetic/students'
import { planWatch } from './synthetic/watchPlan'
import { seedScreening, type ScreeningSeedCounts } from './seedScreening'

export const SEED_DEFAULTS = { students: 16_000, centre: '示范学院心理健康教育中心', seed: 1, appointmentYears: 0, appointmentsPerYear: 12_000, notes: 0 } as const
export const MAX_APPOINTMENT_YEARS = 10
export const MAX_NOTES = 500_000
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
  /** Years of appointment history before now (0: weekly hours, leave and a waitlist only). */
  appointmentYears?: number
  /** About how many appointments each of those years holds. */
  appointmentsPerYear?: number
  /** Counselling notes to write: one per attended session, closures, then contacts between sessions (0: none). */
  notes?: number
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
  /** The end of the synthetic history (default: now); a test fixes it to repeat a seed exactly. */
  now?: Date
  /** Build the vault here (e.g. a RAM disk) and copy it to dataDir at the end (seedStaging.ts). */
  stagingDir?: string
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
  appointments: AppointmentPlanCounts & {
    years: number
    /** Weekly availability slots stored. */
    slots: number
    /** The first and last day with appointments (null without). */
    range: { from: string; to: string } | null
  }
  /** The notes planned and what writing them did (null when none were asked for). */
  notes: (NotePlanCounts & NoteSeedCounts) | null
  /** The autumn screening round imported at the end. */
  screening: ScreeningSeedCounts
  /** Acts replayed on the seed's clock, and the auth.activity calls that kept the session open meanwhile. */
  replay: { acts: number; keepalives: number }
  /** Core calls made, and where their time went (most first). */
  calls: { total: number; byChannel: ChannelTime[] }
  /** The synthetic history's first and last day (centre dates). */
  history: { from: string; to: string }
  seconds: { plan: number; setup: number; org: number; staff: number; students: number; history: number; screening: number; total: number }
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

export function checkSeedOptions(options: SeedOptions): Required<Omit<SeedOptions, 'log' | 'now' | 'stagingDir'>> {
  const students = options.students ?? SEED_DEFAULTS.students
  const seed = options.seed ?? SEED_DEFAULTS.seed
  const centre = (options.centre ?? SEED_DEFAULTS.centre).trim()
  const appointmentYears = options.appointmentYears ?? SEED_DEFAULTS.appointmentYears
  const appointmentsPerYear = options.appointmentsPerYear ?? SEED_DEFAULTS.appointmentsPerYear
  const notes = options.notes ?? SEED_DEFAULTS.notes
  if (!Number.isInteger(notes) || notes < 0 || notes > MAX_NOTES) throw new RangeError(`--notes must be 0–${MAX_NOTES}`)
  if (!Number.isInteger(appointmentYears) || appointmentYears < 0 || appointmentYears > MAX_APPOINTMENT_YEARS) {
    throw new RangeError(`--appointment-years must be 0–${MAX_APPOINTMENT_YEARS}`)
  }
  if (!Number.isInteger(appointmentsPerYear) || appointmentsPerYear < 1 || appointmentsPerYear > 50_000) throw new RangeError('--appointments-per-year must be 1–50000')
  if (options.password.length < PASSWORD_MIN_LENGTH) throw new RangeError(`--password needs at least ${PASSWORD_MIN_LENGTH} characters`)
  if (!Number.isInteger(students) || students < 1 || students > MAX_STUDENTS) throw new RangeError(`--students must be 1–${MAX_STUDENTS}`)
  if (!Number.isSafeInteger(seed)) throw new RangeError('--seed must be an integer')
  if (centre.length === 0 || centre.length > 60) throw new RangeError('--centre must be 1–60 characters')
  return { dataDir: options.dataDir, password: options.password, students, centre, seed, appointmentYears, appointmentsPerYear, notes }
}

/** The appointment plan a seed replays (a test makes it again from the same options to compare). */
export function seedAppointmentPlan(input: {
  seed: number
  now: Date
  appointmentYears: number
  appointmentsPerYear: number
  rows: readonly RosterRow[]
  staff: readonly StaffPlan[]
  notBeforeMs: number
}): AppointmentPlan {
  const partTimers = input.staff.filter((m) => m.role === 'part_time').length
  const stations = stationColleges(partTimers, COLLEGES.length)
  return planAppointments({
    seed: input.seed,
    now: input.now,
    years: input.appointmentYears,
    perYear: input.appointmentsPerYear,
    stationOf: stationOfRows(input.rows, partTimers),
    fullTimers: input.staff.filter((m) => m.role === 'counsellor').length,
    partTimers,
    stationName: (j) => `${COLLEGES[stations[j]?.[0] ?? 0]?.name ?? ''}心理辅导站`,
    notBeforeMs: input.notBeforeMs
  })
}

const since = (start: number): number => Math.round((performance.now() - start) / 10) / 100

/**
 * Builds a synthetic centre through the core's channels, exactly as an admin clicking through
 * the app would (every act audited): setup and recovery code, centre profile, org tree, rooms,
 * staff and their stations, every counsellor's weekly hours, the student roster (one import),
 * then the history, replayed on a clock that starts in the past and ends before now, so dates
 * fall where real ones would: a semester of watch-list work (tiers, checklists, 一生一策,
 * follow-ups, weekly reviews) and, with appointmentYears, years of appointments (bookings,
 * series, groups, open days, cancellations, attendance), plus leave and a waitlist.
 */
export async function seedCollege(options: SeedOptions): Promise<SeedSummary> {
  const opts = checkSeedOptions(options)
  if (options.stagingDir) {
    const state = await dataDirState(opts.dataDir)
    if (state !== 'setup') throw new SeedRefusedError(opts.dataDir, state)
  }
  const stage = openStage(opts.dataDir, options.stagingDir)
  try {
    const summary = await seedInto(stage.dir, opts, options)
    stage.commit()
    return { ...summary, dataDir: opts.dataDir }
  } finally {
    stage.cleanup()
  }
}

async function seedInto(dataDir: string, opts: ReturnType<typeof checkSeedOptions>, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? ((): void => undefined)
  const started = performance.now()
  const { adminDisplayName, staff } = planStaff(opts.seed)
  const students = syntheticStudents({ students: opts.students, seed: opts.seed })
  const rows = rosterRows(students, opts.seed)
  const advisors = new Map(planOrg(opts).flatMap((p) => p.classes.map((k) => [k.name, k.advisorName] as const)))
  const counsellors = staff.filter((m) => m.role === 'counsellor')
  const now = options.now ?? new Date()
  const plan = planWatch({ rows, seed: opts.seed, now, counsellors: counsellors.length, advisorOf: (className) => advisors.get(className) ?? '' })
  const appointmentPlan = seedAppointmentPlan({ ...opts, now, rows, staff, notBeforeMs: plan.startMs })
  if (opts.appointmentYears > 0) log(`Planned ${appointmentPlan.counts.appointments} appointments over ${opts.appointmentYears} years in ${since(started).toFixed(1)} s`)
  const clockStart = Math.min(plan.startMs, appointmentPlan.startMs)
  const notePlan = opts.notes > 0 ? planNotes({ ...opts, appointments: appointmentPlan, students: rows.length, fullTimers: counsellors.length, nowMs: now.getTime(), notBeforeMs: clockStart + 3_600_000 }) : null
  if (notePlan) log(`Planned ${notePlan.counts.notes} notes (${notePlan.counts.withAppointment} for attended sessions)`)
  const planSeconds = since(started)
  const clock = new SimClock(clockStart)
  const core = createCore({ dataDir, clock, idleCheckMs: 3_600_000 })
  // Keeps the booked appointments' IDs, which the notes name.
  const caller = new BookingRecorder(core)
  try {
    const status = await caller.call('app.status', {})
    if (status.state !== 'setup') throw new SeedRefusedError(opts.dataDir, status.state)

    const setupStart = performance.now()
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
    const setupSeconds = since(setupStart)

    const orgStart = performance.now()
    const org = await seedOrg(caller, opts, log)
    const roomIds = new Map<string, string>()
    for (const room of ROOMS) roomIds.set(room.name, (await caller.call('settings.room.create', { ...room, active: true })).id)
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
    const stationCount = await assignStations(caller, idsOf('part_time'), org.collegeIds)
    const clinicalIds = [...idsOf('counsellor'), ...idsOf('part_time')]
    const slots = await seedAvailability({ caller, plan: appointmentPlan, counsellorIds: clinicalIds, roomIds })
    log(`Weekly hours: ${slots} slots for ${clinicalIds.length} counsellors`)
    const staffSeconds = since(staffStart)

    const studentsStart = performance.now()
    const roster = await importRoster(caller, rows)
    const rare = students.filter((s) => RARE_GIVEN_CHARS.some((c) => s.name.includes(c))).length
    const studentsSeconds = since(studentsStart)
    log(`Students: ${roster.created} imported from one ${(roster.bytes / 1024).toFixed(0)} KB roster in ${studentsSeconds.toFixed(2)} s`)

    const historyStart = performance.now()
    const history = await seedHistory({
      caller,
      clock,
      watchPlan: plan,
      appointmentPlan,
      studentIds: roster.studentIds,
      counsellorIds: idsOf('counsellor'),
      clinicalIds,
      roomIds,
      seed: opts.seed,
      decisionsPerMeeting: Math.max(2, Math.round((DECISIONS_PER_MEETING * opts.students) / 16_000)),
      login: { username: ADMIN_USERNAME, password: opts.password },
      ...(notePlan ? { notes: noteSeedInput(notePlan, caller, appointmentPlan, roster.studentIds, opts.seed, now) } : {}),
      log
    })
    const historySeconds = since(historyStart)

    const screeningStart = performance.now()
    const screening = await seedScreening(caller, rows.map((r) => r.student.studentNo), now, opts.seed)
    const screeningSeconds = since(screeningStart)
    log(`Screening: ${screening.round}, ${screening.students} students' PHQ-9 and GAD-7, ${screening.flagged} students flagged, ${screening.alerts} crisis alerts, in ${screeningSeconds.toFixed(1)} s`)

    const cal = new HistoryCalendar(now)
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
      stations: stationCount,
      students: { stored: roster.created, withRareNames: rare, rosterBytes: roster.bytes },
      watch: history.watch,
      appointments: { ...appointmentPlan.counts, years: opts.appointmentYears, slots, range: appointmentPlan.range },
      notes: notePlan && history.notes ? { ...notePlan.counts, ...history.notes } : null,
      screening,
      replay: { acts: history.acts, keepalives: history.keepalives },
      calls: { total: caller.calls, byChannel: caller.report() },
      history: { from: cal.date(0), to: cal.date(HISTORY_DAYS - 1) },
      seconds: {
        plan: planSeconds,
        setup: setupSeconds,
        org: orgSeconds,
        staff: staffSeconds,
        students: studentsSeconds,
        history: historySeconds,
        screening: screeningSeconds,
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

/** The notes' acts, written as the admin (a clinical role): the staff's first passwords stay unused for them to change. */
function noteSeedInput(plan: NotePlan, caller: BookingRecorder, appointments: AppointmentPlan, studentIds: readonly string[], seed: number, now: Date) {
  return { authorOf: (): MeteredCaller => caller, resolver: caller, plan, studentIds, appointmentId: appointmentIdsOf(appointments, caller), seed, nowMs: now.getTime() }
}
