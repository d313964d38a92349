import type { z } from 'zod'
import type { FieldIssue } from './errors'

/**
 * zod issues → field issues with i18n keys. The contract's own messages are already keys
 * (`validation.*`); zod's generic ones are mapped here, so every rejection reads in both languages.
 */
export function toFieldIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    const params: Record<string, string | number> = {}
    if ('minimum' in issue && typeof issue.minimum !== 'undefined') params.min = Number(issue.minimum)
    if ('maximum' in issue && typeof issue.maximum !== 'undefined') params.max = Number(issue.maximum)
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ')
    const messageKey = issue.message.startsWith('validation.') ? issue.message : genericKey(issue, input)
    // "at least 1 character" reads better as "required".
    const key = messageKey === 'validation.tooShort' && params.min === 1 ? 'validation.required' : messageKey
    return Object.keys(params).length > 0 ? { path, messageKey: key, params } : { path, messageKey: key }
  })
}

function genericKey(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves `issue.input` out unless parsed with reportInput, so the value is looked up
      // in the input: a missing field is "required", a present one of the wrong type is not.
      const given = 'input' in issue ? issue.input : valueAt(input, issue.path)
      return given === undefined ? 'validation.required' : 'validation.invalidType'
    }
    case 'too_small':
      return issue.origin === 'string' ? 'validation.tooShort' : 'validation.min'
    case 'too_big':
      return issue.origin === 'string' ? 'validation.tooLong' : 'validation.max'
    case 'unrecognized_keys':
      return 'validation.unknownField'
    case 'invalid_value':
      return 'validation.choice'
    default:
      return 'validation.invalid'
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}
