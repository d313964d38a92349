import type { Registry } from '../registry'
import { createClass, createCollege, deleteClass, deleteCollege, orgTree, updateClass, updateCollege } from './org'
import { createRoom, deleteRoom, listRooms, updateRoom } from './rooms'
import { readSetting, writeSetting } from './store'

export function registerSettings(registry: Registry): void {
  registry.handleTx('settings.centre.get', (t) => readSetting(t.orm, 'centre'))
  registry.handle('settings.centre.update', (ctx, input) => {
    const centre = ctx.tx((t) => {
      writeSetting(t.orm, 'centre', input, t.at)
      t.audit({ action: 'settings.centre.update', entity: 'settings', entityId: 'centre' })
      return readSetting(t.orm, 'centre')
    })
    // The login screen shows the centre's name while the database is closed.
    ctx.vault.setLabel(ctx.state.dek, centre.name)
    return centre
  })

  registry.handleTx('settings.security.get', (t) => readSetting(t.orm, 'security'))
  registry.handleTx('settings.security.update', (t, input, ctx) => {
    writeSetting(t.orm, 'security', input, t.at)
    t.audit({ action: 'settings.security.update', entity: 'settings', entityId: 'security', summary: { ...input } })
    ctx.session().idleTimeoutMinutes = input.idleTimeoutMinutes
    return readSetting(t.orm, 'security')
  })

  registry.handleTx('settings.org.get', (t) => orgTree(t))
  registry.handleTx('settings.college.create', createCollege)
  registry.handleTx('settings.college.update', updateCollege)
  registry.handleTx('settings.college.delete', deleteCollege)
  registry.handleTx('settings.class.create', createClass)
  registry.handleTx('settings.class.update', updateClass)
  registry.handleTx('settings.class.delete', deleteClass)

  registry.handleTx('settings.rooms.list', (t) => listRooms(t))
  registry.handleTx('settings.room.create', createRoom)
  registry.handleTx('settings.room.update', updateRoom)
  registry.handleTx('settings.room.delete', deleteRoom)
}
