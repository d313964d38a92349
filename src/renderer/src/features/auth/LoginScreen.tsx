// Placeholder replaced by the feature's real screen.
export function LoginScreen() {
  return null
}
