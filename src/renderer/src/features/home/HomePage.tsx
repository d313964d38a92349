// Placeholder replaced by the feature's real screen.
export function HomePage() {
  return null
}
