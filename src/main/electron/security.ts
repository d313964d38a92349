import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, session, type WebContents } from 'electron'

/** The app's one page: the bundled index.html, or the dev server under `npm run dev`. */
export const APP_PAGE = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href

/** Whether a URL is the app's own page (its hash route may vary; nothing else may). */
export function isAppUrl(url: string): boolean {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  try {
    const parsed = new URL(url)
    const page = `${parsed.origin === 'null' ? `${parsed.protocol}//` : parsed.origin}${parsed.pathname}`
    if (devUrl && !app.isPackaged) return page === new URL(devUrl).href || url.startsWith(devUrl)
    return page === APP_PAGE
  } catch {
    return false
  }
}

/** Applied once: every permission (camera, notifications, geolocation …) is denied. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents))
}
