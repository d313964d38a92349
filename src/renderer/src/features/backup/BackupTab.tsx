import { Divider, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { callOrThrow } from '../../api'
import { QueryState } from '../../components/QueryState'
import { BackupList } from './BackupList'
import { BackupNow } from './BackupNow'
import { BackupSettingsForm } from './BackupSettingsForm'
import { RetentionPanel } from './RetentionPanel'

/** Settings → Backups & retention: back up now, the backups there, where they go, and retention. */
export function BackupTab() {
  const settings = useQuery({ queryKey: ['backup.settings.get', {}], queryFn: () => callOrThrow('backup.settings.get', {}) })
  if (!settings.data) return <QueryState query={settings} failedKey="backup.loadFailed" />
  const folder = settings.data.folder
  return (
    <Stack gap="xl">
      {/* The daily look first (is it working, what is there), then where and how often. */}
      <BackupNow settings={settings.data} />
      {folder && <BackupList folder={folder} />}
      <BackupSettingsForm settings={settings.data} />
      <Divider />
      <RetentionPanel />
    </Stack>
  )
}
