import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeFailure } from './coreCall'
import { SEED_DEFAULTS, SeedRefusedError, seedCollege, type SeedSummary } from './seedCollege'

const USAGE = `Usage: npm run seed -- --data-dir DIR --password PW [--students N] [--centre NAME] [--seed N]
  --data-dir   an empty (or new) data dir; a dir that holds a vault is refused
  --password   the admin's password and every staff member's first password (at least 10 characters)
  --students   synthetic students to import (default ${SEED_DEFAULTS.students}); about one in ten goes on the
               watch list, with a semester of history (tiers, plans, follow-ups, weekly reviews) up to yesterday
  --centre     the centre's name (default ${SEED_DEFAULTS.centre})
  --seed       PRNG seed; the same seed gives the same college (default ${SEED_DEFAULTS.seed})`

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw new RangeError(`--${name} must be an integer, got ${raw}`)
  return n
}

function printSummary(s: SeedSummary): void {
  const roles = (role: string): number => s.staff.filter((m) => m.role === role).length
  const w = s.watch
  const onList = w.watched.general + w.watched.serious + w.watched.crisis
  const secs = s.seconds
  const watchCalls = s.calls.byChannel.filter((c) => c.channel.startsWith('watch.') || c.channel === 'auth.activity')
  const where = watchCalls
    .slice(0, 6)
    .map((c) => `${c.channel} ${c.calls}× ${(c.ms / 1000).toFixed(1)} s (${(c.ms / c.calls).toFixed(2)} ms each)`)
    .join('\n             ')
  console.log(`
Done in ${secs.total.toFixed(1)} s (setup ${secs.setup.toFixed(1)} s, org ${secs.org.toFixed(1)} s, staff ${secs.staff.toFixed(1)} s, students ${secs.students.toFixed(1)} s, watch list ${secs.watch.toFixed(1)} s).
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
  core calls: ${s.calls.total} in all (${w.keepalives} of them auth.activity, keeping the session open while the clock moves); watch-list time by channel:
             ${where}

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
