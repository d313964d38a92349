/**
 * Mantine's dialogs return focus when they close, but not when they unmount, and never to a menu
 * item that went away with its menu. Without this a keyboard or screen-reader user lands on the
 * page's body after every dialog and has to find their place again.
 */

/** Where focus is now; a menu item stands for the button that opened its menu. */
export function focusOrigin(): HTMLElement | null {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const menu = active?.closest('[role="menu"]')
  if (menu?.id) return document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) ?? active
  return active
}

/** Back to `origin` once the dialog is gone, unless something else has taken focus meanwhile. */
export function returnFocus(origin: HTMLElement | null): void {
  setTimeout(() => {
    const active = document.activeElement
    if (origin?.isConnected && (!active || active === document.body)) origin.focus()
  }, 50)
}
