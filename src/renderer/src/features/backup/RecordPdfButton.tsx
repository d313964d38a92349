import { useState } from 'react'
import { Button, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconFileExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { downloadBase64 } from '../watch/download'

/**
 * Every record the centre holds about one student, as a PDF (a student's access request under
 * PIPL). It includes sensitive notes, so the admin is told so, and that it is audited, first.
 */
export function RecordPdfButton({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation()
  const [pending, setPending] = useState(false)

  const exportPdf = async () => {
    setPending(true)
    try {
      const result = await call('records.student.pdf', { studentId, locale: i18n.language === 'en' ? 'en' : 'zh-CN' })
      if (!result.ok) return notify(t, describeError(t, result.error), t('backup.record.failed'))
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf')
    } catch {
      notify(t, t('errors.connection'), t('backup.record.failed'))
    } finally {
      setPending(false)
    }
  }

  const confirm = () => {
    const origin = focusOrigin()
    modals.openConfirmModal({
      title: t('backup.record.title'),
      children: <Text size="sm">{t('backup.record.body')}</Text>,
      labels: { confirm: t('backup.record.confirm'), cancel: t('actions.cancel') },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => void exportPdf(),
      onClose: () => returnFocus(origin)
    })
  }

  return (
    <Button variant="default" size="sm" leftSection={<IconFileExport size={16} aria-hidden />} loading={pending} onClick={confirm}>
      {t('backup.record.button')}
    </Button>
  )
}
