// Placeholder replaced by the feature's real screen.
export function ChangePasswordScreen() {
  return null
}
