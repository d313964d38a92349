import type { ChannelOutput } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import type { CallContext } from '../../context'
import { AppError } from '../../errors'
import type { ParsedInput } from '../../registry'
import { decodeRoster } from '../../students/import/decode'
import { roundRow } from '../rounds'
import { duplicateOf, fingerprintOf, prepareImport } from './prepare'
import { setProgress } from './progress'
import { checkRows, type RowsOutcome } from './rows'
import { writeImport } from './write'

type CommitOutput = ChannelOutput<'screening.import.commit'>

const nothing = (importId: string): CommitOutput => ({ importId, alreadyImported: true, imported: 0, skipped: 0, flagged: 0, alerts: 0 })

/** Row issues as the call's field issues: row and column go in the params for the message. */
function refuseRows(outcome: RowsOutcome): never {
  const issues: FieldIssue[] = outcome.issues.map((i) => ({ path: `rows.${i.row}`, messageKey: i.messageKey, params: { ...i.params, row: i.row, column: i.column } }))
  throw new AppError('VALIDATION', 'errors.screeningImport.rowsInvalid', { count: outcome.issueCount }, issues)
}

/**
 * All or nothing: reads, checks and scores the file (reporting progress under `jobId`), then
 * writes it in one transaction. Any row issue imports nothing; the same file again does nothing.
 */
export async function commitImport(ctx: CallContext, input: ParsedInput<'screening.import.commit'>): Promise<CommitOutput> {
  const progress = (phase: 'reading' | 'scoring' | 'writing' | 'done', done = 0, total = 0): void => setProgress(input.jobId, { phase, done, total })
  progress('reading')
  let total = 0
  try {
    const table = await decodeRoster(input.contentBase64)
    total = table.rows.length
    const fingerprint = fingerprintOf(input.contentBase64)
    const { env, issues, duplicateOf: before } = ctx.tx((t) => prepareImport(t, table, input, fingerprint))
    if (before) return nothing(before.importId)
    if (issues.length > 0) {
      throw new AppError(
        'VALIDATION',
        'errors.validation',
        undefined,
        issues.map((i) => ({ path: i.path, messageKey: i.messageKey, params: i.params }))
      )
    }
    progress('scoring', 0, table.rows.length)
    const outcome = await checkRows(env, (done, total) => progress('scoring', done, total))
    if (outcome.issueCount > 0) refuseRows(outcome)
    progress('writing', table.rows.length, table.rows.length)
    // One more turn of the event loop, so the screen can say "writing" before the long transaction.
    await new Promise<void>((resolve) => setImmediate(resolve))
    return ctx.tx((t) => {
      // Calls run one at a time, so nothing has written since the reads; asking again inside the
      // transaction makes "not imported yet" and the write one atomic step all the same.
      const again = duplicateOf(t, fingerprint)
      if (again) return nothing(again.importId)
      roundRow(t, input.roundId)
      return {
        alreadyImported: false,
        ...writeImport(t, ctx.session(), env, outcome, {
          roundId: input.roundId,
          fileName: input.fileName,
          fingerprint,
          platformId: input.platformId ?? null,
          platformName: input.platformName
        })
      }
    })
  } finally {
    progress('done', total, total)
  }
}
