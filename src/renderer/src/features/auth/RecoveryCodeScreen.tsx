// Placeholder replaced by the feature's real screen.
export function RecoveryCodeScreen() {
  return null
}
