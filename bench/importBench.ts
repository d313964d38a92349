import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { ROSTER_MAPPING, rosterCsv, type RosterRow } from '../src/main/tools/synthetic/roster'
import { summarize, type Sample } from './stats'

/** Every twentieth student moves room in each re-import: 5 % of the rows change, so the commit writes. */
const MOVE_EVERY = 20

export interface ImportTimes {
  rows: number
  rounds: number
  /** Rows each commit updated (the moved dorms). */
  updated: number
  check: Sample
  commit: Sample
}

/**
 * A room change no synthetic dorm has (the seed's floors are 1–6): floor 9, numbered by round,
 * so each round's roster differs from the one before it.
 */
function movedDorm(row: RosterRow, index: number, round: number): string {
  if (index % MOVE_EVERY !== 0) return row.student.dorm
  return row.student.dorm.replace(/-\d+$/, `-9${round % 10}${index % 10}`)
}

/**
 * students.import.check and students.import.commit of the whole roster as it comes back from
 * the registrar with some dorms changed: the preview a user waits for, then the write.
 */
export async function measureImport(core: Core, rows: readonly RosterRow[], rounds: number, log: (line: string) => void): Promise<ImportTimes> {
  const check: number[] = []
  const commit: number[] = []
  let updated = 0
  for (let r = 1; r <= rounds; r++) {
    const csv = rosterCsv(rows, (row, index) => movedDorm(row, index, r))
    const file = { fileName: '示范学院学生名册（更新）.csv', contentBase64: csv.toString('base64') }
    let start = performance.now()
    const checked = await callOrThrow(core, 'students.import.check', { ...file, mapping: ROSTER_MAPPING })
    check.push(performance.now() - start)
    start = performance.now()
    const written = await callOrThrow(core, 'students.import.commit', { ...file, mapping: ROSTER_MAPPING, createMissing: false })
    commit.push(performance.now() - start)
    if (checked.updates !== written.updated || written.created !== 0) {
      throw new Error(`the re-import was to update ${checked.updates} rows and create none; it updated ${written.updated}, created ${written.created}`)
    }
    updated = written.updated
    log(`  import round ${r}/${rounds}: check ${check.at(-1)?.toFixed(0)} ms, commit ${commit.at(-1)?.toFixed(0)} ms (${written.updated} rows updated)`)
  }
  return { rows: rows.length, rounds, updated, check: summarize(check), commit: summarize(commit) }
}
