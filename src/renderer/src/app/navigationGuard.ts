/**
 * The app never leaves its page: links to other origins do nothing, new windows are refused,
 * forms never submit anywhere; only the app's own downloads (blob URLs) go through. (Electron
 * enforces the same in the main process; this covers browser mode.)
 */
export function installNavigationGuard(): void {
  document.addEventListener(
    'click',
    (event) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]')
      if (!(anchor instanceof HTMLAnchorElement)) return
      // A file the page made itself (a printed PDF, an export) downloads without leaving the page;
      // a blob URL can only be read by the origin that created it.
      if (anchor.protocol === 'blob:' && anchor.hasAttribute('download')) return
      const target = new URL(anchor.href, window.location.href)
      const sameDocument = target.origin === window.location.origin && target.pathname === window.location.pathname
      if (!sameDocument || anchor.target === '_blank') event.preventDefault()
    },
    true
  )
  document.addEventListener('submit', (event) => event.preventDefault(), true)
  window.open = () => null
}
