import type { ChannelOutput } from '@shared/contract'
import type { CallContext } from '../../context'
import type { ParsedInput } from '../../registry'
import { decodeRoster } from '../../students/import/decode'
import { fingerprintOf, prepareImport } from './prepare'
import { checkRows, MAX_LISTED, type ImportRow } from './rows'

const PREVIEW_ROWS = 20

type CheckOutput = ChannelOutput<'screening.import.check'>

/** Students flagged and crisis alerts the rows would raise. */
export function tallyRows(rows: ImportRow[]): { flagged: number; alerts: number; results: number } {
  let flagged = 0
  let alerts = 0
  let results = 0
  for (const row of rows) {
    if (row.results.some((r) => r.score.flagged)) flagged++
    for (const r of row.results) if (r.score.alert) alerts++
    results += row.results.length
  }
  return { flagged, alerts, results }
}

/**
 * Reads, maps and scores the file without writing anything. It reads the roster only to match
 * student numbers and shows scores of the file's own rows, so it leaves no audit row.
 */
export async function checkImport(ctx: CallContext, input: ParsedInput<'screening.import.check'>): Promise<CheckOutput> {
  const table = await decodeRoster(input.contentBase64)
  const fingerprint = fingerprintOf(input.contentBase64)
  const { env, issues, duplicateOf } = ctx.tx((t) => prepareImport(t, table, input, fingerprint))
  const base = { format: table.format, encoding: table.encoding, headers: table.headers, mapping: env.mapping, rowCount: table.rows.length, duplicateOf }
  if (issues.length > 0) {
    // The mapping does not fit: the renderer asks for the columns before any row is read.
    return {
      ...base,
      matched: 0,
      preview: [],
      issues: issues.slice(0, MAX_LISTED).map((i) => ({ row: table.headerRow, column: i.column, messageKey: i.messageKey, params: i.params })),
      moreIssues: Math.max(0, issues.length - MAX_LISTED),
      unmatched: [],
      moreUnmatched: 0,
      alreadyInRound: 0,
      flagged: 0,
      alerts: 0
    }
  }
  const out = await checkRows(env)
  const { flagged, alerts } = tallyRows(out.rows)
  return {
    ...base,
    matched: out.rows.length,
    preview: out.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      studentNo: r.studentNo,
      name: r.name,
      scores: r.results.map((x) => ({ instrumentKey: x.instrumentKey, total: x.score.total, level: x.score.level, flagged: x.score.flagged }))
    })),
    issues: out.issues,
    moreIssues: out.issueCount - out.issues.length,
    unmatched: out.unmatched,
    moreUnmatched: out.unmatchedCount - out.unmatched.length,
    alreadyInRound: out.alreadyInRound,
    flagged,
    alerts
  }
}
