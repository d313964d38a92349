import { centreDate } from '@shared/centreTime'
import type { MeteredCaller } from './meter'
import { appointmentActs } from './seedAppointments'
import { noteActs, type NoteSeedCounts, type NoteSeedInput } from './seedNotes'
import { replayTimeline, type SeedAct } from './seedTimeline'
import { watchActs, type WatchSeedCounts } from './seedWatch'
import type { SimClock } from './simClock'
import type { AppointmentPlan } from './synthetic/apptPlan'
import type { WatchPlan } from './synthetic/history'

export interface HistoryInput {
  caller: MeteredCaller
  clock: SimClock
  watchPlan: WatchPlan
  appointmentPlan: AppointmentPlan
  studentIds: readonly string[]
  /** The full-time counsellors' ids (the watch plans name them). */
  counsellorIds: readonly string[]
  /** Full-time then part-time counsellors, as the appointment schedules are numbered. */
  clinicalIds: readonly string[]
  roomIds: ReadonlyMap<string, string>
  seed: number
  decisionsPerMeeting: number
  /** Counselling notes to write along the way (after the sessions they record). */
  notes?: NoteSeedInput
  /** Who the seed is logged in as: it locks and logs in again now and then (see relocks). */
  login: { username: string; password: string }
  log: (line: string) => void
}

export interface HistoryResult {
  watch: WatchSeedCounts
  acts: number
  /** auth.activity calls that kept the session open while the clock moved (the idle lock would end it). */
  keepalives: number
  /** What the note acts did (null without notes). */
  notes: NoteSeedCounts | null
}

/**
 * The watch list's semester and the years of appointments, replayed as one timeline through
 * the core (so the seed's clock only moves forward and every act carries its own date).
 */
export async function seedHistory(input: HistoryInput): Promise<HistoryResult> {
  const { caller, clock, log } = input
  const watch = watchActs({
    caller,
    plan: input.watchPlan,
    studentIds: input.studentIds,
    counsellorIds: input.counsellorIds,
    seed: input.seed,
    decisionsPerMeeting: input.decisionsPerMeeting,
    log
  })
  const appointments = appointmentActs({
    caller,
    plan: input.appointmentPlan,
    counsellorIds: input.clinicalIds,
    studentIds: input.studentIds,
    roomIds: input.roomIds
  })
  const notes = input.notes ? noteActs(input.notes) : null
  const noteCount = notes?.acts.length ?? 0
  const { idleTimeoutMinutes } = await caller.call('settings.security.get', {})
  const started = performance.now()
  const total = watch.acts.length + appointments.length + noteCount
  log(`History: replaying ${total} acts (${watch.acts.length} watch list, ${appointments.length} appointments, ${noteCount} notes) …`)
  const histories = [watch.acts, appointments, notes?.acts ?? []]
  // Notes last: a note written the instant its session is marked attended comes after the attendance.
  const { acts, keepalives } = await replayTimeline([...histories, relocks(histories, caller, input.login)], {
    caller,
    clock,
    idleTimeoutMinutes,
    progressEvery: 20_000,
    progress: (done, all, atMs) => {
      const rate = done / ((performance.now() - started) / 1000)
      log(`  ${done}/${all} acts, seed clock at ${centreDate(new Date(atMs))}, ${rate.toFixed(0)} acts/s`)
    }
  })
  return { watch: watch.counts(), acts: acts - relocksDone(total), keepalives, notes: notes?.counts() ?? null }
}

/** Acts between two locks of the seed's session. */
const RELOCK_EVERY = 3_000
const relocksDone = (acts: number): number => Math.floor(acts / RELOCK_EVERY)

/**
 * The admin locks the screen and logs in again every few thousand acts, as anyone does over a
 * working day. The seed needs it: the database connection keeps memory for every query it has
 * run until it is closed (better-sqlite3 statements as drizzle prepares them, freed at close;
 * a session of a million calls would hold gigabytes), and locking closes it.
 */
function relocks(histories: readonly (readonly SeedAct[])[], caller: MeteredCaller, login: { username: string; password: string }): SeedAct[] {
  const times = histories.flatMap((h) => h.map((a) => a.at)).sort((a, b) => a - b)
  const out: SeedAct[] = []
  for (let i = RELOCK_EVERY - 1; i < times.length; i += RELOCK_EVERY) {
    out.push({
      at: times[i] ?? 0,
      run: async () => {
        await caller.call('auth.lock', { reason: 'button' })
        await caller.call('auth.login', login)
      }
    })
  }
  return out
}
