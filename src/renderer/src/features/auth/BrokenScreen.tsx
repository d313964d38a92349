// Placeholder replaced by the feature's real screen.
export function BrokenScreen() {
  return null
}
