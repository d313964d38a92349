// Placeholder replaced by the feature's real screen.
export function SetupScreen() {
  return null
}
