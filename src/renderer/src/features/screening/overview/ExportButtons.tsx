import { Button, Group } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { downloadBase64 } from '../../watch/download'

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8'
} as const
type Format = keyof typeof MIME

/** The heat map as a sheet (counts under the threshold shown as "<k"), saved by the browser's download. */
export function ExportButtons({ roundId }: { roundId: string }) {
  const { t } = useTranslation()
  const exported = useMutation({
    mutationFn: (format: Format) => call('screening.overview.export', { roundId, format }),
    onSuccess: (result, format) => {
      if (!result.ok) return notify(t, describeError(t, result.error), t('screening.heat.exportFailed'))
      downloadBase64(result.value.fileName, result.value.contentBase64, MIME[format])
      notify(t, t('screening.heat.exported', { fileName: result.value.fileName }))
    }
  })
  return (
    <Group gap="xs">
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exported.isPending && exported.variables === format}
          onClick={() => exported.mutate(format)}
        >
          {format === 'xlsx' ? t('screening.heat.exportXlsx') : t('screening.heat.exportCsv')}
        </Button>
      ))}
    </Group>
  )
}
