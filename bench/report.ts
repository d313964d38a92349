import type { AppointmentLatencies } from './appointmentsBench'
import { formatBackup, type BackupTimes } from './backupBench'
import type { CoreLatencies } from './coreBench'
import type { ImportTimes } from './importBench'
import type { NoteLatencies } from './notesBench'
import { formatReferralLetter, type ReferralLetterTimes } from './referralBench'
import { QUERY_KINDS, QUERY_LABELS } from './queries'
import { formatScreening, type ScreeningTimes } from './screeningBench'
import { formatStats, type StatsTimes } from './statsBench'
import type { Distribution, Sample } from './stats'

export const RATIO_TARGET = 1.5

export interface StepResult {
  id: string
  label: string
  encrypted: Sample
  plain: Sample
  ratio: number
}

export interface BenchResult {
  at: string
  node: string
  platform: string
  students: number
  rounds: number
  /** Rounds of the roster import, which are slow (seconds each). */
  importRounds: number
  seedSeconds: Record<string, number>
  /** What the seed put on the watch list, so a result can be read against its data. */
  seeded: {
    watched: number
    followUps: number
    checklistDone: number
    decisions: number
    watchCalls: number
    /** Appointments stored by the seed (all statuses), over this many years. */
    appointments: number
    appointmentYears: number
    /** Notes the seed wrote (signed and drafts). */
    notes: number
  }
  /** auth.login end to end, scrypt included, in ms. */
  unlock: Sample
  /** Latencies through core.call as the admin, ms. */
  core: CoreLatencies
  appointments: AppointmentLatencies
  notes: NoteLatencies
  referrals: ReferralLetterTimes
  import: ImportTimes
  screening: ScreeningTimes
  stats: StatsTimes
  /** Issue 9: backup.create and backup.verify of the seeded vault, the pieces of a backup, one restore. */
  backup: BackupTimes
  steps: StepResult[]
  total: { encrypted: Sample; plain: Sample; ratio: number; target: number; verdict: 'PASS' | 'OVER' }
}

const ms = (n: number): string => `${n.toFixed(1)} ms`
/** Terminal columns: a CJK character takes two. */
const columns = (text: string): number => [...text].reduce((n, c) => n + (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u{20000}-\u{3FFFF}]/u.test(c) ? 2 : 1), 0)
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)))
const left = (text: string, width: number): string => ' '.repeat(Math.max(0, width - text.length)) + text

function latencyRow(label: string, d: Distribution, w: number, target?: { ms: number; verdict: string }): string {
  const goal = target ? `   p95 target ≤ ${target.ms} ms  ${target.verdict}` : ''
  return `${pad(label, w)}${left(String(d.count), 6)}${left(ms(d.p50), 11)}${left(ms(d.p95), 11)}${left(ms(d.max), 11)}${goal}`
}

function coreSection(r: BenchResult): string[] {
  const c = r.core
  const w = 46
  const head = `${pad('call', w)}${left('n', 6)}${left('p50', 11)}${left('p95', 11)}${left('max', 11)}`
  return [
    `Core calls on the seeded vault (core.call as the admin, end to end; p50/p95 over all calls of ${r.rounds} rounds)`,
    `  the vault: ${r.seeded.watched} students on the watch list, ${r.seeded.followUps} follow-ups, ${r.seeded.checklistDone} checklist items done, ${r.seeded.decisions} review decisions`,
    head,
    'students.search — query mix',
    ...QUERY_KINDS.map((k) => latencyRow(`  ${QUERY_LABELS[k]}`, c.search.byKind[k], w)),
    latencyRow('  all queries', c.search.all, w, { ms: c.search.target, verdict: c.search.verdict }),
    'student file (random watched students)',
    latencyRow('  students.get', c.fileLoad.get, w),
    latencyRow('  students.timeline', c.fileLoad.timeline, w),
    latencyRow('  watch.get', c.fileLoad.watch, w),
    latencyRow('  sum of the three', c.fileLoad.sum, w, { ms: c.fileLoad.target, verdict: c.fileLoad.verdict }),
    latencyRow(`watch.review.agenda ${c.agenda.date} (${c.agenda.entries} entries)`, c.agenda.latency, w, {
      ms: c.agenda.target,
      verdict: c.agenda.verdict
    }),
    latencyRow(`watch.list, all tiers (${c.watchList.rows} rows)`, c.watchList.latency, w),
    latencyRow(
      `watch.dashboard (${c.dashboard.dueReviews} due, ${c.dashboard.overdueItems} overdue, ${c.dashboard.crisis} crisis)`,
      c.dashboard.latency,
      w
    )
  ]
}

function appointmentSection(r: BenchResult): string[] {
  const a = r.appointments
  const w = 46
  return [
    `Appointments on the seeded vault (${r.seeded.appointments} appointments over ${r.seeded.appointmentYears} years; core.call as the admin, end to end)`,
    `${pad('call', w)}${left('n', 6)}${left('p50', 11)}${left('p95', 11)}${left('max', 11)}`,
    latencyRow(`week view, all counsellors (~${a.weekView.meanAppointments} appts)`, a.weekView.latency, w, { ms: a.weekView.target, verdict: a.weekView.verdict }),
    latencyRow(`book a free slot, conflict check${a.book.refused ? ` (${a.book.refused} refused)` : ''}`, a.book.latency, w, { ms: a.book.target, verdict: a.book.verdict }),
    latencyRow('  cancel it again (keeps the vault steady)', a.cancel.latency, w),
    latencyRow(`day view by room (${a.dayViewByRoom.rooms} rooms, ~${a.dayViewByRoom.meanAppointments} appts)`, a.dayViewByRoom.latency, w),
    latencyRow(`remindList, next week's days (~${a.remindList.meanEntries} rows)`, a.remindList.latency, w)
  ]
}

function notesSection(r: BenchResult): string[] {
  const n = r.notes
  const w = 46
  return [
    `Notes on the seeded vault (${r.seeded.notes} notes; core.call as the admin, end to end)`,
    `${pad('call', w)}${left('n', 6)}${left('p50', 11)}${left('p95', 11)}${left('max', 11)}`,
    `notes.search, limit 30 (~${n.search.meanResults} results)`,
    latencyRow('  a 1–2 character word (scan)', n.search.short, w),
    latencyRow('  words of 3+ characters (trigram index)', n.search.long, w),
    latencyRow('  all queries', n.search.all, w, { ms: n.search.target, verdict: n.search.verdict }),
    `student file with notes (${n.file.students} students with notes, ~${n.file.meanNotes} notes each)`,
    latencyRow('  notes.forStudent', n.file.forStudent, w),
    latencyRow('  students.timeline', n.file.timeline, w),
    latencyRow('  sum of the two', n.file.sum, w, { ms: n.file.target, verdict: n.file.verdict }),
    latencyRow(`notes.saveDraft, growing draft (to ${n.draftSave.finalChars} chars)`, n.draftSave.latency, w, { ms: n.draftSave.target, verdict: n.draftSave.verdict })
  ]
}

function importSection(r: BenchResult): string[] {
  const i = r.import
  const line = (label: string, s: Sample): string => `  ${pad(label, 26)}median ${ms(s.median)}  (min ${ms(s.min)}, max ${ms(s.max)})`
  return [
    `Roster import of ${i.rows} rows (UTF-8 CSV, ${i.updated} dorms changed each round), ${i.rounds} rounds (informational)`,
    line('students.import.check', i.check),
    line('students.import.commit', i.commit)
  ]
}

/** The tables printed at the end of a run; numbers only, targets informational. */
export function formatReport(r: BenchResult): string {
  const lines = [
    `XinAn bench — ${r.students} synthetic students, ${r.rounds} rounds (roster import: ${r.importRounds}), Node ${r.node} on ${r.platform}`,
    '',
    `Unlock (auth.login end to end, scrypt N=2^17 included): median ${ms(r.unlock.median)}  (min ${ms(r.unlock.min)}, max ${ms(r.unlock.max)})`,
    '',
    ...coreSection(r),
    '',
    ...appointmentSection(r),
    '',
    ...notesSection(r),
    '',
    formatReferralLetter(r.referrals),
    '',
    ...importSection(r),
    '',
    formatScreening(r.screening),
    '',
    formatStats(r.stats),
    '',
    formatBackup(r.backup),
    '',
    `Workload, medians over ${r.rounds} rounds (identical pragmas: WAL, synchronous=FULL, foreign_keys=ON)`
  ]
  const w = Math.max(...r.steps.map((s) => columns(s.label)), 10) + 2
  lines.push(`${pad('step', w)}${left('encrypted', 14)}${left('plain', 14)}${left('ratio', 8)}`)
  for (const s of r.steps) {
    lines.push(`${pad(s.label, w)}${left(ms(s.encrypted.median), 14)}${left(ms(s.plain.median), 14)}${left(s.ratio.toFixed(2), 8)}`)
  }
  lines.push(
    `${pad('total (median of per-round totals)', w)}${left(ms(r.total.encrypted.median), 14)}${left(ms(r.total.plain.median), 14)}${left(r.total.ratio.toFixed(2), 8)}`,
    '',
    `Overall ratio encrypted/plain: ${r.total.ratio.toFixed(2)}   target ≤ ${r.total.target}   ${r.total.verdict} (informational)`
  )
  return lines.join('\n')
}
