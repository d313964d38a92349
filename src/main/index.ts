import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { createCore } from './core/core'
import { bundledFontsDir } from './core/reports/assets'
import { registerIpc } from './electron/ipc'
import { ElectronPdfEngine } from './electron/pdf'
import { hardenApp, hardenSession } from './electron/security'
import { createMainWindow } from './electron/window'

// One instance per PC: two processes must never open the same database.
if (!app.requestSingleInstanceLock()) app.quit()

const dataDir = process.env['XINAN_DATA_DIR'] ?? join(app.getPath('userData'), 'data')
// Report fonts: copied next to the app by electron-builder (extraResources), else node_modules.
const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : bundledFontsDir()
const core = createCore({ dataDir, pdf: new ElectronPdfEngine(fontsDir), pickFolder })

/** The backup folder dialog (a USB drive, a network share), over the app's window. */
async function pickFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] }
  const window = BrowserWindow.getFocusedWindow()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

hardenApp()

void app.whenReady().then(() => {
  hardenSession()
  registerIpc(core)
  const window = createMainWindow()
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
})

app.on('window-all-closed', () => app.quit())

let closing = false
app.on('before-quit', (event) => {
  if (closing) return
  // Lock (audit, close the database, zero the key) before the process ends.
  event.preventDefault()
  closing = true
  void core.close().finally(() => app.quit())
})

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
})
