import type { Registry } from './registry'
import { AppError } from './errors'
import { toSessionDto } from './auth/session'
import { readSetting } from './settings/store'
import { version } from '../../../package.json'

export const APP_VERSION: string = version

export function registerApp(registry: Registry): void {
  registry.handle('app.status', (ctx) => {
    let label: string
    try {
      const probe = ctx.vault.probe()
      if (probe.state === 'setup') return { state: 'setup', centreName: null, version, session: null, problem: null }
      label = probe.label
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // A vault that cannot be opened is shown as such on the first screen, with what to do.
      return { state: 'broken', centreName: null, version, session: null, problem: { code: error.name, messageKey: error.messageKey } }
    }
    const session = ctx.state.session
    if (!session) return { state: 'locked', centreName: label, version, session: null, problem: null }
    const orm = ctx.state.conn.orm
    return { state: 'unlocked', centreName: readSetting(orm, 'centre').name, version, session: toSessionDto(orm, session), problem: null }
  })
}
