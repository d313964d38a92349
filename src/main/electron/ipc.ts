import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Core } from '../core/core'
import { isAppUrl } from './security'

/** The one IPC handler: calls from anything but the app's own top-level page are refused. */
export function registerIpc(core: Core): void {
  ipcMain.handle('xinan:call', (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return { ok: false, error: { code: 'FORBIDDEN', messageKey: 'errors.forbidden' } }
    }
    return core.callUntyped(String(channel), input)
  })
}
