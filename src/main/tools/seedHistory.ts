import { centreDate } from '@shared/centreTime'
import type { MeteredCaller } from './meter'
import { appointmentActs } from './seedAppointments'
import { replayTimeline } from './seedTimeline'
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
  log: (line: string) => void
}

export interface HistoryResult {
  watch: WatchSeedCounts
  acts: number
  /** auth.activity calls that kept the session open while the clock moved (the idle lock would end it). */
  keepalives: number
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
  const { idleTimeoutMinutes } = await caller.call('settings.security.get', {})
  const started = performance.now()
  const total = watch.acts.length + appointments.length
  log(`History: replaying ${total} acts (${watch.acts.length} watch list, ${appointments.length} appointments) …`)
  const { acts, keepalives } = await replayTimeline([watch.acts, appointments], {
    caller,
    clock,
    idleTimeoutMinutes,
    progressEvery: 20_000,
    progress: (done, all, atMs) => {
      const rate = done / ((performance.now() - started) / 1000)
      log(`  ${done}/${all} acts, seed clock at ${centreDate(new Date(atMs))}, ${rate.toFixed(0)} acts/s`)
    }
  })
  return { watch: watch.counts(), acts, keepalives }
}
