import { contextBridge, ipcRenderer } from 'electron'
import { isChannel, type XinAnApi } from '@shared/contract'

/**
 * The renderer's only door to the core: contract channels, nothing else. No Node, no
 * ipcRenderer, no process.env reach the page.
 */
const api = {
  call: (channel, input) => {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'VALIDATION', messageKey: 'errors.unknownChannel' } })
    }
    return ipcRenderer.invoke('xinan:call', channel, input)
  }
} satisfies XinAnApi

contextBridge.exposeInMainWorld('xinan', api)
