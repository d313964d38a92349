import { useState } from 'react'
import { Button, Group, Paper, Text, Title } from '@mantine/core'
import { IconArrowBackUp, IconArrowRight, IconMessagePlus, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NEXT_STEPS, REFERRAL_STATUSES, type ReferralDto, type ReferralStatus } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { useWatchFormat } from '../watch/format'
import { OverdueBadge, ReferralStatusBadge } from './badges'
import { ContactModal } from './ContactModal'
import { EventList } from './EventList'
import { NextStepModal } from './NextStepModal'
import { StepBackModal } from './StepBackModal'
import { usePdf } from './usePdf'

interface TrackingProps {
  referral: ReferralDto
  /** A draft saves its form before it is marked sent; false when the save was refused. */
  beforeAdvance?: () => Promise<boolean>
  /** The core's refusal about the form's own fields (marking sent without the family told …). */
  onFormIssues?: (error: CallError) => void
}

/** The return-to-school form exists once the hospital's outcome is in. */
const hasOutcome = (status: ReferralStatus) => REFERRAL_STATUSES.indexOf(status) >= REFERRAL_STATUSES.indexOf('outcome')

/** The referral's progress: its steps and contacts, the next step, a step back, a contact. */
export function Tracking({ referral, beforeAdvance, onFormIssues }: TrackingProps) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const [dialog, setDialog] = useState<{ kind: 'step'; to: ReferralStatus } | { kind: 'back' } | { kind: 'contact' } | null>(null)
  const returnForm = usePdf('referrals.returnForm.pdf')
  const status = referral.status

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-tracking">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="referral-tracking">
          {t('referrals.track.title')}
        </Title>
        <Group gap="xs">
          <ReferralStatusBadge status={status} />
          {referral.overdue && <OverdueBadge due={referral.dueDate ? format.date(referral.dueDate) : null} />}
          {!referral.overdue && referral.dueDate && <Text size="sm">{t('referrals.dueBy', { date: format.date(referral.dueDate) })}</Text>}
        </Group>
      </Group>
      <EventList referral={referral} />
      {status === 'closed' && (
        <Text size="sm" mt="sm">
          {t('referrals.track.closedNote')}
        </Text>
      )}
      <Group mt="md" gap="xs">
        {NEXT_STEPS[status].map((to) => (
          <Button key={to} leftSection={<IconArrowRight size={16} aria-hidden />} onClick={() => setDialog({ kind: 'step', to })}>
            {t('referrals.track.nextStep', { status: t(`referrals.statuses.${to}`) })}
          </Button>
        ))}
        {status !== 'draft' && (
          <Button variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setDialog({ kind: 'back' })}>
            {status === 'closed' ? t('referrals.track.reopen') : t('referrals.track.stepBack')}
          </Button>
        )}
        <Button variant="default" leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'contact' })}>
          {t('referrals.track.addContact')}
        </Button>
        {hasOutcome(status) && (
          <Button variant="default" loading={returnForm.pending} leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => void returnForm.print(referral.id)}>
            {t('referrals.form.printReturnForm')}
          </Button>
        )}
      </Group>
      {dialog?.kind === 'step' && (
        <NextStepModal
          referral={referral}
          to={dialog.to}
          beforeAdvance={beforeAdvance}
          onFormIssues={onFormIssues}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'back' && <StepBackModal referral={referral} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'contact' && <ContactModal referral={referral} onClose={() => setDialog(null)} />}
    </Paper>
  )
}
