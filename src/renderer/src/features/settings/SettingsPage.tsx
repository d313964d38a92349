// Placeholder replaced by the feature's real screen.
export function SettingsPage() {
  return null
}
