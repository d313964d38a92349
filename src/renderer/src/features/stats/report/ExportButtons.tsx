import { Button, Group } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { STATS_FORMATS, type StatsFormat, type StatsRange } from '@shared/contract'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { downloadBase64 } from '../../watch/download'
import type { ReportLocale } from '../format'

const MIME: Record<StatsFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf'
}

/** The report shown, as a file the core makes (hidden cells all marked alike), saved by the browser's download. */
export function ExportButtons({ range, locale }: { range: StatsRange; locale: ReportLocale }) {
  const { t } = useTranslation()
  const exported = useMutation({
    mutationFn: (format: StatsFormat) => call('stats.export', { range, locale, format }),
    onSuccess: (result, format) => {
      if (!result.ok) return notify(t, describeError(t, result.error), t('stats.export.failed'))
      downloadBase64(result.value.fileName, result.value.contentBase64, MIME[format])
      notify(t, t('stats.export.done', { fileName: result.value.fileName }))
    }
  })
  return (
    <Group gap="xs" role="group" aria-label={t('stats.export.label')}>
      {STATS_FORMATS.map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exported.isPending && exported.variables === format}
          disabled={exported.isPending && exported.variables !== format}
          onClick={() => exported.mutate(format)}
        >
          {t(`stats.export.${format}`)}
        </Button>
      ))}
    </Group>
  )
}
