import { NumberInput, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, DEFAULT_REVIEW_DAYS, type PlanDto, type Tier } from '@shared/contract'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { WATCH_QUERIES } from './invalidate'

interface PlanValues extends Record<string, unknown> {
  goals: string
  measures: string
  counsellorId: string | null
  advisorName: string
  peerSupporter: string
  familyContact: string
  reviewEveryDays: number | string
}

const COUNSELLING_ROLES = new Set(['admin', 'counsellor', 'part_time'])

/**
 * Who may be named responsible counsellor. Only an admin may list the centre's users; anyone
 * else can name themselves or keep the counsellor the plan already names.
 */
function useCounsellorOptions(plan: PlanDto | null): { value: string; label: string }[] {
  const { t } = useTranslation()
  const { user } = useSession()
  const isAdmin = user.role === 'admin'
  const users = useQuery({
    queryKey: ['users.list', { includeInactive: false }],
    queryFn: () => callOrThrow('users.list', { includeInactive: false }),
    enabled: isAdmin
  })
  const options = new Map<string, string>()
  options.set(user.id, t('watch.plan.you', { name: user.displayName }))
  if (plan?.counsellorId && plan.counsellorName) options.set(plan.counsellorId, plan.counsellorName)
  for (const u of users.data ?? []) {
    if (u.active && COUNSELLING_ROLES.has(u.role) && !options.has(u.id)) options.set(u.id, `${u.displayName}（${t(`roles.${u.role}`)}）`)
  }
  return [...options].map(([value, label]) => ({ value, label }))
}

/** 一生一策: saving makes a new revision; the form starts from the plan in force. */
export function PlanModal({ studentId, tier, plan, onClose }: { studentId: string; tier: Tier | null; plan: PlanDto | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { user } = useSession()
  const counsellors = useCounsellorOptions(plan)
  const check = schemaValidator(contract['watch.plan.save'].input, t)
  const form = useForm<PlanValues>({
    initialValues: {
      goals: plan?.goals ?? '',
      measures: plan?.measures ?? '',
      counsellorId: plan ? plan.counsellorId : user.id,
      advisorName: plan?.advisorName ?? '',
      peerSupporter: plan?.peerSupporter ?? '',
      familyContact: plan?.familyContact ?? '',
      reviewEveryDays: plan?.reviewEveryDays ?? DEFAULT_REVIEW_DAYS[tier ?? 'general']
    },
    validate: (values) => check({ ...values, studentId, reviewEveryDays: Number(values.reviewEveryDays) })
  })
  const send = useFormCall('watch.plan.save', form, {
    toInput: (v) => ({
      studentId,
      goals: v.goals,
      measures: v.measures,
      counsellorId: v.counsellorId,
      advisorName: v.advisorName,
      peerSupporter: v.peerSupporter,
      familyContact: v.familyContact,
      reviewEveryDays: Number(v.reviewEveryDays)
    }),
    invalidate: WATCH_QUERIES,
    onDone: (saved) => {
      notify(t, t('watch.plan.saved', { revision: saved.plan?.revision ?? '' }))
      onClose()
    }
  })

  return (
    <FormModal
      title={t('watch.plan.formTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <Text size="sm">{t('watch.plan.formHelp')}</Text>
      <Textarea label={t('watch.plan.goals')} withAsterisk autosize minRows={3} maxRows={10} data-autofocus {...form.getInputProps('goals')} />
      <Textarea label={t('watch.plan.measures')} withAsterisk autosize minRows={3} maxRows={10} {...form.getInputProps('measures')} />
      <Select
        label={t('watch.plan.counsellor')}
        placeholder={t('watch.plan.noCounsellor')}
        data={counsellors}
        clearable
        clearButtonProps={{ 'aria-label': t('actions.clear') }}
        {...form.getInputProps('counsellorId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('watch.plan.advisorName')} {...form.getInputProps('advisorName')} />
        <TextInput label={t('watch.plan.peerSupporter')} {...form.getInputProps('peerSupporter')} />
        <TextInput label={t('watch.plan.familyContact')} {...form.getInputProps('familyContact')} />
        <NumberInput label={t('watch.plan.reviewEveryDays')} withAsterisk min={1} max={180} allowDecimal={false} {...form.getInputProps('reviewEveryDays')} />
      </SimpleGrid>
    </FormModal>
  )
}
