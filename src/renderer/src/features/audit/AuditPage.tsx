// Placeholder replaced by the feature's real screen.
export function AuditPage() {
  return null
}
