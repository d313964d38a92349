import { useState } from 'react'
import { Button, Group, Select } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api'
import { useSession } from '../../../app/session'
import { notify } from '../../../components/notify'
import { downloadBase64 } from '../../watch/download'
import { describeRefusal } from './useAppointmentWrite'

interface DayListProps {
  date: string
  staff: { value: string; label: string }[]
  /** Counsellors on screen: when there is one, theirs is the list to print. */
  shown: string[]
}

/** A counsellor's day as a PDF, to lay on the desk or pin by the door. */
export function DayListButton({ date, staff, shown }: DayListProps) {
  const { t, i18n } = useTranslation()
  const { user } = useSession()
  const [chosen, setChosen] = useState<string | null>(null)
  const fallback = shown.length === 1 ? shown[0] : staff.some((s) => s.value === user.id) ? user.id : staff[0]?.value
  const counsellorId = chosen ?? fallback ?? null
  const pdf = useMutation({
    mutationFn: (id: string) => call('appointments.dayList.pdf', { date, counsellorId: id, locale: i18n.language === 'en' ? 'en' : 'zh-CN' }),
    onSuccess: (result) => {
      if (!result.ok) {
        notify(t, describeRefusal(t, result.error), t('calendar.failed'))
        return
      }
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf')
      notify(t, t('calendar.toolbar.dayListDone', { file: result.value.fileName }))
    }
  })
  return (
    <Group gap={4} align="flex-end">
      <Select label={t('calendar.toolbar.dayListFor')} data={staff} value={counsellorId} onChange={setChosen} searchable w={160} />
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={18} aria-hidden />}
        disabled={!counsellorId}
        loading={pdf.isPending}
        onClick={() => counsellorId && pdf.mutate(counsellorId)}
      >
        {t('calendar.toolbar.dayList')}
      </Button>
    </Group>
  )
}
