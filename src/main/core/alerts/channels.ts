import type { Registry } from '../registry'
import { listAlerts, resolveAlert } from './service'

/** Crisis alerts: raised by notes (and screening) through raiseAlert; listed and resolved here. */
export function registerAlerts(registry: Registry): void {
  registry.handleTx('alerts.list', (t, input, ctx) => listAlerts(t, ctx.session(), input.includeResolvedDays))
  registry.handleTx('alerts.resolve', (t, input, ctx) => resolveAlert(t, ctx.session(), input))
}
