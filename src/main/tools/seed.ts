import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeFailure } from './coreCall'
import { SEED_DEFAULTS, SeedRefusedError, seedCollege, type SeedSummary } from './seedCollege'

const USAGE = `Usage: npm run seed -- --data-dir DIR --password PW [--students N] [--centre NAME] [--seed N]
  --data-dir   an empty (or new) data dir; a dir that holds a vault is refused
  --password   the admin's password and every staff member's first password (at least 10 characters)
  --students   synthetic students to generate (default ${SEED_DEFAULTS.students})
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
  console.log(`
Done in ${s.seconds.total.toFixed(1)} s (setup ${s.seconds.setup.toFixed(1)} s, org ${s.seconds.org.toFixed(1)} s, staff ${s.seconds.staff.toFixed(1)} s).
  data dir:  ${s.dataDir}
  centre:    ${s.centre}
  org tree:  ${s.colleges} colleges, ${s.classes} classes, ${s.rooms} rooms
  users:     ${s.adminUsername} (admin, ${s.adminDisplayName}) + ${s.staff.length} staff: ${roles('counsellor')} counsellor, ${roles('part_time')} part_time, ${roles('assistant')} assistant
             usernames ${s.staff.map((m) => m.username).join(', ')}
             Staff log in with the --password given here as a temporary first password and must change it at first login.
             员工首次登录须修改此临时密码。
  students:  ${s.studentsGenerated} synthetic students generated (${s.studentsWithRareNames} with rare characters such as 𠮷 堃 喆) in ${s.seconds.students.toFixed(2)} s.
             They are not stored yet: the schema has no students; they will be stored once the students capability exists.

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
