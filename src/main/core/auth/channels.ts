import type { Registry } from '../registry'
import { changePassword, logIn, recover, setUp } from './service'
import { confirmRecoveryCode, showRecoveryCode } from './recoveryCode'
import { endSession } from './session'

export function registerAuth(registry: Registry): void {
  registry.handle('auth.setup', setUp)
  registry.handle('auth.login', logIn)
  registry.handle('auth.recover', recover)
  registry.handle('auth.changePassword', changePassword)
  registry.handle('auth.lock', (ctx, input) => {
    endSession(ctx, 'auth.lock', { reason: input.reason })
    return {}
  })
  registry.handle('auth.logout', (ctx) => {
    endSession(ctx, 'auth.logout')
    return {}
  })
  // The core marks every call as activity; this one exists for the keyboard between calls.
  registry.handle('auth.activity', () => ({}))
  registry.handle('auth.recoveryCode.get', showRecoveryCode)
  registry.handle('auth.recoveryCode.confirm', confirmRecoveryCode)
}
