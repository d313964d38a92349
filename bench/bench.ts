import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { addDays, centreDate, centreDayStartUtc } from '@shared/centreTime'
import { createCore } from '../src/main/core/core'
import { callOrThrow, describeFailure } from '../src/main/tools/coreCall'
import { ADMIN_USERNAME, SEED_DEFAULTS, seedCollege, type SeedSummary } from '../src/main/tools/seedCollege'
import { mondayOf } from '../src/main/tools/synthetic/apptCalendar'
import { createRandom } from '../src/main/tools/synthetic/random'
import { rosterRows, type RosterRow } from '../src/main/tools/synthetic/roster'
import { syntheticStudents } from '../src/main/tools/synthetic/students'
import { measureAppointments, type AppointmentLatencies } from './appointmentsBench'
import { measureBackup } from './backupBench'
import { openBenchPair, type BenchConnection } from './connections'
import { measureCoreLatencies, type CoreLatencies } from './coreBench'
import { measureReferralLetter, type ReferralLetterTimes } from './referralBench'
import { measureImport, type ImportTimes } from './importBench'
import { measureNotes, type NoteLatencies } from './notesBench'
import { measureScreening, type ScreeningTimes } from './screeningBench'
import { measureStats, type StatsTimes } from './statsBench'
import { queryOf } from './queries'
import { formatReport, RATIO_TARGET, type BenchResult, type StepResult } from './report'
import { round2, summarize, timeAsync, timeSync } from './stats'
import { WORKLOAD_STEPS, type WorkloadData } from './workload'

const PASSWORD = 'bench-password-1'
const USAGE = `Usage: npm run bench -- [--students N] [--rounds N] [--appointment-years Y] [--appointments-per-year N]
                         [--notes N] [--staging-dir DIR] [--keep] [--out FILE]
  Seeds a synthetic vault (defaults: 16000 students, 5 years of 12000 appointments, 100000 notes; built in
  /dev/shm when there is one, which takes many minutes), then measures it and writes bench/results/latest.json.
  --rounds  measurement rounds (default 7)   --keep  keep the seeded data dir   --out  where the JSON goes`
/** A roster import takes seconds; more than this many rounds would add minutes and tell little more. */
const MAX_IMPORT_ROUNDS = 3
/** A backup of the full vault reads and writes hundreds of MB; three rounds give a median. */
const MAX_BACKUP_ROUNDS = 3

function positive(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} must be a positive integer, got ${raw}`)
  return n
}

async function measureUnlock(dataDir: string, rounds: number): Promise<number[]> {
  const core = createCore({ dataDir })
  try {
    const samples: number[] = []
    for (let r = 0; r < rounds; r++) {
      samples.push(await timeAsync(() => callOrThrow(core, 'auth.login', { username: ADMIN_USERNAME, password: PASSWORD })))
      await callOrThrow(core, 'auth.logout', {})
    }
    return samples
  } finally {
    await core.close()
  }
}

/** Each round runs every step on both connections, alternating which goes first, so neither always meets a warm cache. */
function measureWorkload(
  pair: { encrypted: BenchConnection; plain: BenchConnection },
  data: WorkloadData,
  rounds: number,
  log: (line: string) => void
): StepResult[] {
  const times = new Map(WORKLOAD_STEPS.map((s) => [s.id, { encrypted: [] as number[], plain: [] as number[] }]))
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [pair.encrypted, pair.plain] : [pair.plain, pair.encrypted]
    for (const step of WORKLOAD_STEPS) {
      for (const conn of order) {
        // The same stream for both connections: the same rows are read and written.
        const random = createRandom(r + 1, `bench:${step.id}`)
        times.get(step.id)?.[conn.kind].push(timeSync(() => step.run(conn, random, data)))
      }
    }
    log(`  round ${r + 1}/${rounds} done`)
  }
  return WORKLOAD_STEPS.map((step) => {
    const t = times.get(step.id) ?? { encrypted: [], plain: [] }
    const encrypted = summarize(t.encrypted)
    const plain = summarize(t.plain)
    return { id: step.id, label: step.label, encrypted, plain, ratio: round2(encrypted.median / plain.median) }
  })
}

function totals(steps: StepResult[], rounds: number): BenchResult['total'] {
  const perRound = (kind: 'encrypted' | 'plain'): number[] =>
    Array.from({ length: rounds }, (_, r) => steps.reduce((sum, s) => sum + (s[kind].samples[r] ?? 0), 0))
  const encrypted = summarize(perRound('encrypted'))
  const plain = summarize(perRound('plain'))
  const ratio = round2(encrypted.median / plain.median)
  return { encrypted, plain, ratio, target: RATIO_TARGET, verdict: ratio <= RATIO_TARGET ? 'PASS' : 'OVER' }
}

/** The core's latencies and the roster import, on one core logged in as the admin. */
async function measureCore(
  dataDir: string,
  rows: readonly RosterRow[],
  rounds: { latency: number; import: number },
  log: (line: string) => void
): Promise<{
  core: CoreLatencies
  appointments: AppointmentLatencies
  notes: NoteLatencies
  referrals: ReferralLetterTimes
  import: ImportTimes
  screening: ScreeningTimes
  stats: StatsTimes
}> {
  const core = createCore({ dataDir, idleCheckMs: 3_600_000 })
  try {
    await callOrThrow(core, 'auth.login', { username: ADMIN_USERNAME, password: PASSWORD })
    // First, so that "cold" is the first PDF this core renders (the browser starts for it).
    log('Measuring the referral letter PDF (cold, then warm) …')
    const referrals = await measureReferralLetter(core, log)
    const latencies = await measureCoreLatencies(core, rows, rounds.latency, log)
    log(`Measuring appointments (${rounds.latency} rounds) …`)
    const appointments = await measureAppointments(core, centreDate(), rounds.latency, log)
    log(`Measuring notes (${rounds.latency} rounds) …`)
    const notes = await measureNotes(core, rounds.latency, log)
    log(`Measuring the roster import (${rounds.import} rounds of check + commit) …`)
    const roster = await measureImport(core, rows, rounds.import, log)
    log(`Measuring a screening round of every student (import, flagged list, heat map) …`)
    const screening = await measureScreening(core, rows.map((r) => r.student.studentNo), log)
    log(`Measuring the anonymised statistics (a month, a year, the year as XLSX) …`)
    const stats = await measureStats(core, log)
    return { core: latencies, appointments, notes, referrals, import: roster, screening, stats }
  } finally {
    await core.close()
  }
}

function workloadData(rows: readonly RosterRow[]): WorkloadData {
  const random = createRandom(1, 'bench:short-queries')
  const shortQueries = Array.from({ length: 200 }, () => queryOf(random.chance(0.5) ? 'initials' : 'chars', random.pick(rows), random)).filter(
    (q) => [...q].length <= 2
  )
  const thisMonday = mondayOf(centreDate())
  const appointmentWeeks = Array.from({ length: 52 }, (_, i) => addDays(thisMonday, -7 * i)).map((monday) => ({
    from: centreDayStartUtc(monday),
    to: centreDayStartUtc(addDays(monday, 7))
  }))
  return { studentNos: rows.map((r) => r.student.studentNo), shortQueries, appointmentWeeks }
}

function seededCounts(s: SeedSummary): BenchResult['seeded'] {
  const w = s.watch
  const watchCalls = s.calls.byChannel.filter((c) => c.channel.startsWith('watch.')).reduce((n, c) => n + c.calls, 0)
  return {
    watched: w.watched.general + w.watched.serious + w.watched.crisis,
    followUps: w.followUps,
    checklistDone: w.checklistDone,
    decisions: w.decisions,
    watchCalls,
    appointments: s.appointments.appointments,
    appointmentYears: s.appointments.years,
    notes: (s.notes?.signed ?? 0) + (s.notes?.drafts ?? 0)
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      students: { type: 'string' },
      rounds: { type: 'string' },
      'appointment-years': { type: 'string' },
      'appointments-per-year': { type: 'string' },
      notes: { type: 'string' },
      'staging-dir': { type: 'string' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals: false
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const students = positive('students', values.students, 16_000)
  const rounds = positive('rounds', values.rounds, 7)
  const appointmentYears = positive('appointment-years', values['appointment-years'], 5)
  const appointmentsPerYear = positive('appointments-per-year', values['appointments-per-year'], SEED_DEFAULTS.appointmentsPerYear)
  const notes = positive('notes', values.notes, 100_000)
  const work = mkdtempSync(join(tmpdir(), 'xinan-bench-'))
  const dataDir = join(work, 'data')
  const log = (line: string): void => console.log(line)
  try {
    // Seeded in RAM where there is one (each of the seed's ~100,000 acts commits on its own), then
    // copied to the disk the measurements run on.
    const stagingDir = values['staging-dir'] ?? (existsSync('/dev/shm') ? '/dev/shm' : undefined)
    log(
      `Seeding a synthetic college of ${students} students, ${appointmentYears} years of appointments and ${notes} notes into ${dataDir}` +
        `${stagingDir ? ` (built in ${stagingDir})` : ''}, minutes …`
    )
    const seed = SEED_DEFAULTS.seed
    const progress = (line: string): void => {
      if (line.startsWith('  ') && line.includes('acts/s')) log(line)
    }
    const seeded = await seedCollege({ dataDir, password: PASSWORD, students, seed, appointmentYears, appointmentsPerYear, notes, stagingDir, log: progress })
    const rows = rosterRows(syntheticStudents({ students, seed }), seed)
    const counts = seededCounts(seeded)
    log(
      `  seeded in ${seeded.seconds.total.toFixed(1)} s: ${seeded.colleges} colleges, ${seeded.classes} classes, ${seeded.staff.length + 1} users, ` +
        `${seeded.students.stored} students, ${counts.watched} on the watch list (${counts.watchCalls} watch calls), ` +
        `${counts.appointments} appointments over ${appointmentYears} years, ${counts.notes} notes; history replayed in ${seeded.seconds.history.toFixed(1)} s`
    )

    log(`Measuring unlock (${rounds} logins) …`)
    const unlock = summarize(await measureUnlock(dataDir, rounds))

    const importRounds = Math.min(rounds, MAX_IMPORT_ROUNDS)
    log(`Measuring core calls (${rounds} rounds; the roster import ${importRounds}, as each takes seconds) …`)
    const measured = await measureCore(dataDir, rows, { latency: rounds, import: importRounds }, log)

    const backupRounds = Math.min(rounds, MAX_BACKUP_ROUNDS)
    const backupFolder = join(work, 'backups')
    log(`Measuring backup.create and backup.verify (${backupRounds} rounds) into ${backupFolder}, then restoreBackup once …`)
    const credentials = { username: ADMIN_USERNAME, password: PASSWORD }
    const backup = await measureBackup(dataDir, credentials, { folder: backupFolder, scratchDir: join(work, 'restore-copy') }, backupRounds, log)

    log(`Running the workload on the encrypted database and a plain copy (${rounds} rounds) …`)
    const pair = await openBenchPair(dataDir, credentials, join(work, 'plain-copy.db'))
    let steps: StepResult[]
    try {
      steps = measureWorkload(pair, workloadData(rows), rounds, log)
    } finally {
      pair.close()
    }

    const result: BenchResult = {
      at: new Date().toISOString(),
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      students,
      rounds,
      importRounds,
      seedSeconds: seeded.seconds,
      seeded: counts,
      unlock,
      core: measured.core,
      appointments: measured.appointments,
      notes: measured.notes,
      referrals: measured.referrals,
      import: measured.import,
      screening: measured.screening,
      stats: measured.stats,
      backup,
      steps,
      total: totals(steps, rounds)
    }
    console.log(`\n${formatReport(result)}`)
    const out = resolve(values.out ?? join(import.meta.dirname, '../../bench/results/latest.json'))
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`\nResults written to ${out}`)
    return 0
  } finally {
    if (values.keep) console.log(`Kept ${work}`)
    else rmSync(work, { recursive: true, force: true })
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`Bench failed: ${describeFailure(error)}`)
    process.exitCode = 1
  }
)
