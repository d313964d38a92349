/**
 * Moves focus to the first field showing an error, in page order. Mantine links each error text
 * to its input (or to a radio group) with aria-describedby, which is how the field is found;
 * in a radio group the chosen (or first) radio takes focus.
 */
export function focusFirstProblem(container: HTMLElement | null): void {
  if (!container) return
  for (const error of container.querySelectorAll<HTMLElement>('[id$="-error"]')) {
    const owner = container.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(error.id)}"]`)
    if (!owner) continue
    const target = owner.getAttribute('role') === 'radiogroup' ? (owner.querySelector<HTMLElement>('input:checked') ?? owner.querySelector<HTMLElement>('input')) : owner
    target?.focus()
    return
  }
}
