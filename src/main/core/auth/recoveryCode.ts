import type { SessionDto } from '@shared/contract'
import type { ParsedInput } from '../registry'
import type { CallContext } from '../context'
import { AppError, FieldError } from '../errors'
import { readSetting, writeSetting } from '../settings/store'
import { normalizeRecoveryCode, recoveryGroups } from '../vault/crypto'
import { toSessionDto } from './session'

function pending(ctx: CallContext): { code: string; confirmGroups: number[] } {
  const value = readSetting(ctx.state.conn.orm, 'recoveryPending')
  if (!value) throw new AppError('NOT_FOUND', 'errors.auth.noPendingRecoveryCode')
  return value
}

export function showRecoveryCode(ctx: CallContext): { code: string; confirmGroups: number[] } {
  const value = pending(ctx)
  ctx.tx((t) => t.audit({ action: 'auth.recovery_code_shown' }))
  return value
}

/** The user types back the asked groups; then the stored copy of the code is deleted for good. */
export function confirmRecoveryCode(ctx: CallContext, input: ParsedInput<'auth.recoveryCode.confirm'>): SessionDto {
  const value = pending(ctx)
  const groups = recoveryGroups(value.code)
  const expected = value.confirmGroups.map((g) => groups[g - 1])
  const typed = input.groups.map(normalizeRecoveryCode)
  const matches = typed.length === expected.length && typed.every((g, i) => g === expected[i])
  if (!matches) throw new FieldError('groups', 'errors.auth.recoveryGroupsMismatch')
  ctx.tx((t) => {
    writeSetting(t.orm, 'recoveryPending', null, t.at)
    t.audit({ action: 'auth.recovery_code_confirmed' })
  })
  return toSessionDto(ctx.state.conn.orm, ctx.session())
}
