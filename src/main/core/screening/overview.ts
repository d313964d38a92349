import type { ChannelOutput, ClassCellDto } from '@shared/contract'
import type { CallContext, Tx } from '../context'
import type { ParsedInput } from '../registry'
import { orgTree } from '../settings/org'
import { readSetting } from '../settings/store'
import { roundDto } from './rounds'
import { overviewCsv, overviewXlsx } from './overviewSheet'

type Overview = ChannelOutput<'screening.overview'>

type Counts = Pick<ClassCellDto, 'enrolled' | 'screened' | 'flagged'>

/** Counts keyed by class, or by college for students without a class ('' for no college either). */
const keyOf = (collegeId: string | null, classId: string | null): string => (classId !== null ? `class:${classId}` : `college:${collegeId ?? ''}`)

/**
 * Enrolled, screened and flagged students per class in one pass over the students: each student
 * asks the round's results and flags through their (round, student) indexes, which hold the
 * answer themselves. Three GROUP BYs over joins would read each result row as well.
 */
function countsByClass(t: Tx, roundId: string): Map<string, Counts> {
  // NOT INDEXED: the students in table order read each page once; through an index the pages
  // come in random order, which costs the page cache (and SQLCipher's decryption) far more.
  const rows = t.sqlite
    .prepare(
      `SELECT s.college_id AS collegeId, s.class_id AS classId,
              sum(s.status = 'enrolled') AS enrolled,
              sum(EXISTS (SELECT 1 FROM screening_results r WHERE r.round_id = @roundId AND r.student_id = s.id)) AS screened,
              sum(EXISTS (SELECT 1 FROM screening_flags f WHERE f.round_id = @roundId AND f.student_id = s.id)) AS flagged
       FROM students s NOT INDEXED
       GROUP BY s.college_id, s.class_id`
    )
    .all({ roundId }) as ({ collegeId: string | null; classId: string | null } & Counts)[]
  const out = new Map<string, Counts>()
  for (const r of rows) {
    const key = keyOf(r.collegeId, r.classId)
    const before = out.get(key) ?? { enrolled: 0, screened: 0, flagged: 0 }
    out.set(key, { enrolled: before.enrolled + r.enrolled, screened: before.screened + r.screened, flagged: before.flagged + r.flagged })
  }
  return out
}

/**
 * The heat map and coverage of one round: every class of every college in the settings' order,
 * then, per college, the students without a class, and those without a college, when there are
 * any. One query for the counts, whatever the number of classes.
 */
export function overview(t: Tx, roundId: string): Overview {
  const round = roundDto(t, roundId, null)
  const counts = countsByClass(t, roundId)
  const cell = (key: string, names: Omit<ClassCellDto, keyof Counts>): ClassCellDto => ({ ...names, ...(counts.get(key) ?? { enrolled: 0, screened: 0, flagged: 0 }) })
  const someone = (c: ClassCellDto): boolean => c.enrolled + c.screened + c.flagged > 0
  const cells: ClassCellDto[] = []
  for (const college of orgTree(t)) {
    for (const k of college.classes) cells.push(cell(keyOf(college.id, k.id), { collegeId: college.id, collegeName: college.name, classId: k.id, className: k.name }))
    const unplaced = cell(keyOf(college.id, null), { collegeId: college.id, collegeName: college.name, classId: null, className: null })
    if (someone(unplaced)) cells.push(unplaced)
  }
  const nowhere = cell(keyOf(null, null), { collegeId: null, collegeName: null, classId: null, className: null })
  if (someone(nowhere)) cells.push(nowhere)
  return { round, cells, threshold: readSetting(t.orm, 'statistics').threshold }
}

/**
 * The heat map as XLSX or CSV: counts, no names or numbers of students; a flagged count under
 * the statistics threshold shows "<k" and its rate is withheld. Leaving the centre is audited.
 */
export async function exportOverview(ctx: CallContext, input: ParsedInput<'screening.overview.export'>): Promise<ChannelOutput<'screening.overview.export'>> {
  const data = ctx.tx((t) => {
    const o = overview(t, input.roundId)
    const suppressed = o.cells.filter((c) => c.flagged > 0 && c.flagged < o.threshold).length
    t.audit({ action: 'screening.overview.export', entity: 'screening_round', entityId: input.roundId, summary: { format: input.format, rows: o.cells.length, suppressed } })
    return o
  })
  const fileName = `screening-heatmap-${data.round.date}.${input.format}`
  const content = input.format === 'xlsx' ? await overviewXlsx(data) : overviewCsv(data)
  return { fileName, contentBase64: content.toString('base64') }
}
