import type { Registry } from '../registry'
import { createUser, deactivateUser, listStaff, listUsers, setStations, setTemporaryPassword, updateUser } from './service'

export function registerUsers(registry: Registry): void {
  registry.handleTx('users.list', listUsers)
  registry.handleTx('users.staff', listStaff)
  registry.handle('users.create', createUser)
  registry.handleTx('users.update', updateUser)
  registry.handle('users.resetPassword', (ctx, input) => setTemporaryPassword(ctx, input, 'reset'))
  registry.handle('users.reactivate', (ctx, input) => setTemporaryPassword(ctx, input, 'reactivate'))
  registry.handle('users.deactivate', deactivateUser)
  registry.handleTx('users.setStations', setStations)
}
