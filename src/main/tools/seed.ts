import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeFailure } from './coreCall'
import { MAX_APPOINTMENT_YEARS, MAX_NOTES, SEED_DEFAULTS, SeedRefusedError, seedCollege, type SeedSummary } from './seedCollege'

const USAGE = `Usage: npm run seed -- --data-dir DIR --password PW [--students N] [--centre NAME] [--seed N]
                        [--appointment-years Y] [--appointments-per-year N] [--notes N] [--staging-dir DIR]
  --data-dir   an empty (or new) data dir; a dir that holds a vault is refused
  --password   the admin's password and every staff member's first password (at least 10 characters)
  --students   synthetic students to import (default ${SEED_DEFAULTS.students}); about one in ten goes on the
               watch list, with a semester of history (tiers, plans, follow-ups, weekly reviews) up to yesterday
  --centre     the centre's name (default ${SEED_DEFAULTS.centre})
  --seed       PRNG seed; the same seed gives the same college (default ${SEED_DEFAULTS.seed})
  --appointment-years  years of appointment history up to now, 0–${MAX_APPOINTMENT_YEARS} (default ${SEED_DEFAULTS.appointmentYears}: weekly
               hours, some leave and a waitlist only); the bench seeds 5 — that takes minutes
  --appointments-per-year  about how many appointments each year holds (default ${SEED_DEFAULTS.appointmentsPerYear})
  --notes      counselling notes to write, 0–${MAX_NOTES} (default ${SEED_DEFAULTS.notes}; the bench writes 100000): one for each attended
               session by its template (intake, SOAP/DAP, crisis, group, phone/online), closures after finished
               episodes, then phone/online contacts between sessions; a few left as drafts, some sensitive, risk
               sections with the alerts they raise (resolved, but for the last days'), addenda
  --staging-dir  build the vault in DIR (e.g. the RAM disk /dev/shm) and copy it to --data-dir when done:
               every act is its own committed transaction, and where each commit waits for the disk
               years of appointments take many times longer`

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw new RangeError(`--${name} must be an integer, got ${raw}`)
  return n
}

function channelTimes(s: SeedSummary, prefix: string): string {
  return s.calls.byChannel
    .filter((c) => c.channel.startsWith(prefix))
    .slice(0, 6)
    .map((c) => `${c.channel} ${c.calls}× ${(c.ms / 1000).toFixed(1)} s (${(c.ms / c.calls).toFixed(2)} ms each)`)
    .join('\n             ')
}

function appointmentLines(s: SeedSummary): string {
  const a = s.appointments
  const k = a.byKind
  const head = `  weekly hours: ${a.slots} slots; ${a.exceptions} leave or training periods entered; waitlist: ${a.waitlistOpen} waiting now`
  if (a.years === 0 || !a.range) return head
  return `${head}
  appointments (${a.years} years, ${a.range.from} … ${a.range.to}): ${a.appointments} in all
             ${k.intake} intake, ${k.counselling} counselling (${a.series} weekly series), ${k.follow_up} follow-up, ${k.crisis} crisis,
             ${k.remote} phone/online, ${k.group} group sessions (${a.groupProgrammes} programmes), ${k.open_day} open-day sessions (${a.openDays} days)
             ${a.fates.attended} attended, ${a.fates.cancelled} cancelled, ${a.fates.booked} still booked; ${a.waitlistBooked} booked from the waitlist
             time by channel: ${channelTimes(s, 'appointments.')}`
}

function noteLines(s: SeedSummary): string {
  const n = s.notes
  if (!n) return ''
  const t = n.byTemplate
  return `
  notes:     ${n.notes} in all, ${n.withAppointment} for attended sessions: ${t.intake} intake, ${t.session_soap} SOAP, ${t.session_dap} DAP, ${t.crisis} crisis,
             ${t.group} group, ${t.remote} phone/online, ${t.closure} closure; ${n.signed} signed, ${n.drafts} left as drafts, ${n.sensitive} sensitive,
             ${n.withRisk} with a risk assessment (${n.raised} raised, ${n.lowered} lowered with a reason), ${n.addenda} addenda,
             ${n.alertsRaised} crisis alerts raised (${n.alertsResolved} resolved)
             time by channel: ${channelTimes(s, 'notes.')}`
}

function printSummary(s: SeedSummary): void {
  const roles = (role: string): number => s.staff.filter((m) => m.role === role).length
  const w = s.watch
  const onList = w.watched.general + w.watched.serious + w.watched.crisis
  const secs = s.seconds
  console.log(`
Done in ${secs.total.toFixed(1)} s (plan ${secs.plan.toFixed(1)} s, setup ${secs.setup.toFixed(1)} s, org ${secs.org.toFixed(1)} s, staff ${secs.staff.toFixed(1)} s, students ${secs.students.toFixed(1)} s, history ${secs.history.toFixed(1)} s, screening ${secs.screening.toFixed(1)} s).
  data dir:  ${s.dataDir}
  centre:    ${s.centre}
  org tree:  ${s.colleges} colleges, ${s.classes} classes, ${s.rooms} rooms
  users:     ${s.adminUsername} (admin, ${s.adminDisplayName}) + ${s.staff.length} staff: ${roles('counsellor')} counsellor, ${roles('part_time')} part_time, ${roles('assistant')} assistant
             usernames ${s.staff.map((m) => m.username).join(', ')}
             part_time stations: ${s.stations} in all (1–2 colleges each)
             Staff log in with the --password given here as a temporary first password and must change it at first login.
             员工首次登录须修改此临时密码。
  students:  ${s.students.stored} stored by one roster import (${(s.students.rosterBytes / 1024).toFixed(0)} KB UTF-8 CSV, ${secs.students.toFixed(2)} s), ${s.students.withRareNames} with rare characters such as 𠮷 堃 喆
  watch list (synthetic history ${s.history.from} … ${s.history.to}):
             ${onList} watched: ${w.watched.general} general, ${w.watched.serious} serious, ${w.watched.crisis} crisis; ${w.removed} taken off the list
             ${w.tierChanges} tier changes, ${w.plans} students with a plan (${w.planRevisions} plan revisions), ${w.followUps} follow-ups,
             ${w.checklistDone} checklist items done, ${w.decisions} review decisions at ${w.meetings} weekly meetings
             time by channel: ${channelTimes(s, 'watch.')}
${appointmentLines(s)}${noteLines(s)}
  screening: ${s.screening.round} (${s.screening.date}): PHQ-9 and GAD-7 of ${s.screening.students} students, ${s.screening.flagged} students flagged for a
             second-stage interview, ${s.screening.alerts} crisis alerts (PHQ-9 item 9), imported in ${secs.screening.toFixed(1)} s
  core calls: ${s.calls.total} in all (${s.replay.keepalives} of them auth.activity, keeping the session open while the clock moves over ${s.replay.acts} acts)

Recovery code / 恢复码 (shown once):

    ${s.recoveryCode}

  SYNTHETIC DEMO DATA ONLY — this code opens this demo vault; never use a seeded vault for real records.
  仅为合成演示数据：请勿在种子生成的数据库中存放真实记录。`)
}

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        password: { type: 'string' },
        students: { type: 'string' },
        centre: { type: 'string' },
        seed: { type: 'string' },
        'appointment-years': { type: 'string' },
        'appointments-per-year': { type: 'string' },
        notes: { type: 'string' },
        'staging-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: false
    }).values
  } catch (error) {
    console.error(`${describeFailure(error)}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (!values['data-dir'] || values.password === undefined) {
    console.error(`--data-dir and --password are required.\n\n${USAGE}`)
    return 2
  }
  try {
    const summary = await seedCollege({
      dataDir: resolve(values['data-dir']),
      password: values.password,
      students: integer('students', values.students, SEED_DEFAULTS.students),
      centre: values.centre ?? SEED_DEFAULTS.centre,
      seed: integer('seed', values.seed, SEED_DEFAULTS.seed),
      appointmentYears: integer('appointment-years', values['appointment-years'], SEED_DEFAULTS.appointmentYears),
      appointmentsPerYear: integer('appointments-per-year', values['appointments-per-year'], SEED_DEFAULTS.appointmentsPerYear),
      notes: integer('notes', values.notes, SEED_DEFAULTS.notes),
      ...(values['staging-dir'] ? { stagingDir: resolve(values['staging-dir']) } : {}),
      log: (line) => console.log(line)
    })
    printSummary(summary)
    return 0
  } catch (error) {
    if (error instanceof RangeError) {
      console.error(`${error.message}\n\n${USAGE}`)
      return 2
    }
    console.error(error instanceof SeedRefusedError ? error.message : `Seed failed: ${describeFailure(error)}`)
    return 1
  }
}

void main().then((code) => {
  process.exitCode = code
})
