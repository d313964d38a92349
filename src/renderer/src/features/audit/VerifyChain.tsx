import { Alert, Button, Stack } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { describeError } from '../../components/forms'

/** Mantine's light green title (green 9 on green 1) is 3.8:1, below WCAG AA; the icon and tint carry the colour. */
const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } }

/** Walks the hash chain in the core and says, in plain words, whether the log was changed. */
export function VerifyChain() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const verify = useMutation({
    mutationFn: () => call('audit.verify', {}),
    // The verification is itself logged; show its row.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit.list'] })
  })
  const result = verify.data

  return (
    <Stack gap="sm" mb="md" align="flex-start">
      <Button leftSection={<IconShieldCheck size={18} />} variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('audit.verify.button')}
      </Button>
      <div aria-live="polite" style={{ width: '100%' }}>
        {result && !result.ok && (
          <Alert color="red" role="alert">
            {t('audit.verify.failed', { message: describeError(t, result.error) })}
          </Alert>
        )}
        {result?.ok && result.value.ok && (
          <Alert color="green" title={t('audit.verify.intactTitle')} icon={<IconCircleCheck />} styles={READABLE_TITLE}>
            {t('audit.verify.intact', { n: result.value.checked })}
          </Alert>
        )}
        {result?.ok && !result.value.ok && result.value.firstBroken && (
          <Alert color="red" title={t('audit.verify.brokenTitle')} role="alert" icon={<IconAlertTriangle />} styles={READABLE_TITLE}>
            {t('audit.verify.broken', {
              seq: result.value.firstBroken.seq,
              n: result.value.checked,
              reason: t(`audit.verify.reasons.${result.value.firstBroken.reason}`)
            })}
          </Alert>
        )}
      </div>
    </Stack>
  )
}
