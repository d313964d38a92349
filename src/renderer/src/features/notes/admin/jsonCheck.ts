import type { z } from 'zod'
import type { FieldIssue } from '@shared/errors'
import { toFieldIssues } from '@shared/issues'

export type JsonCheck<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** Line and column of a character offset, both from 1, as an editor counts them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/**
 * Parses JSON typed by an admin and checks it against a contract schema, so the same rules and
 * messages as the core's apply before anything is sent. A syntax error names its line and
 * column instead of the engine's English message.
 */
export function checkJson<S extends z.ZodType>(schema: S, text: string): JsonCheck<z.output<S>> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')
    const issue: FieldIssue = position
      ? { path: '', messageKey: 'notesAdmin.json.syntax', params: lineAndColumn(text, Number(position[1])) }
      : { path: '', messageKey: 'notesAdmin.json.syntaxNoPosition' }
    return { ok: false, issues: [issue] }
  }
  const parsed = schema.safeParse(raw)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toFieldIssues(parsed.error, raw) }
}

/** The core checks `{definition}`; its paths are shown as paths inside the JSON being edited. */
export const withinJson = (issues: FieldIssue[], prefix: string): FieldIssue[] =>
  issues.map((issue) => (issue.path === prefix || issue.path.startsWith(`${prefix}.`) ? { ...issue, path: issue.path.slice(prefix.length + 1) } : issue))
