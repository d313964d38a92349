import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { callOrThrow } from '../../api'
import { PageTitle } from '../../components/PageTitle'
import { errorCode, queryErrorMessage } from '../students/queryError'
import { fromPrefill, fromReferralForm } from './formValues'
import { ReferralEditor } from './ReferralEditor'
import { ReferralView } from './ReferralView'
import { Tracking } from './Tracking'

/** /students/:id/referrals/:referralId ('new' starts one): the form while a draft, then the letter and its tracking. */
export function ReferralPage() {
  const { t } = useTranslation()
  const params = useParams()
  const studentId = params['id'] ?? ''
  const referralId = params['referralId'] ?? ''
  const isNew = referralId === 'new'
  const student = useQuery({ queryKey: ['students.get', { id: studentId }], queryFn: () => callOrThrow('students.get', { id: studentId }) })
  const watch = useQuery({ queryKey: ['watch.get', { studentId }], queryFn: () => callOrThrow('watch.get', { studentId }) })
  const prefill = useQuery({
    queryKey: ['referrals.prefill', { studentId }],
    queryFn: () => callOrThrow('referrals.prefill', { studentId }),
    enabled: isNew,
    // A new form starts from what the notes say now, not from what they said last time.
    gcTime: 0
  })
  const referral = useQuery({
    queryKey: ['referrals.get', { id: referralId }],
    queryFn: () => callOrThrow('referrals.get', { id: referralId }),
    enabled: !isNew
  })
  const name = student.data?.student.name
  const title = name ? t(isNew ? 'referrals.form.titleNew' : 'referrals.form.title', { name }) : t('referrals.form.titleLoading')
  const crisis = (isNew ? prefill.data?.tier : watch.data?.tier) === 'crisis'
  const main = isNew ? prefill : referral
  const s = student.data?.student

  return (
    <>
      <Anchor component={Link} to={`/students/${studentId}`} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('referrals.form.back')}
      </Anchor>
      <PageTitle>{title}</PageTitle>
      {(main.isPending || student.isPending) && !main.isError && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {main.isError && <LoadError error={main.error} prefill={isNew} />}
      {!main.isError && student.isError && <LoadError error={student.error} prefill={false} />}
      {s && isNew && prefill.data && <ReferralEditor key="new" student={s} referral={null} initial={fromPrefill(prefill.data)} crisis={crisis} />}
      {s && referral.data?.status === 'draft' && (
        <ReferralEditor key={referral.data.id} student={s} referral={referral.data} initial={fromReferralForm(referral.data.form)} crisis={crisis} />
      )}
      {s && referral.data && referral.data.status !== 'draft' && (
        <Stack gap="md">
          <Tracking referral={referral.data} />
          <ReferralView referral={referral.data} student={s} />
        </Stack>
      )}
    </>
  )
}

function LoadError({ error, prefill }: { error: unknown; prefill: boolean }) {
  const { t } = useTranslation()
  const code = errorCode(error)
  const message =
    code === 'NOT_FOUND' || code === 'VALIDATION'
      ? t('referrals.notFound')
      : code === 'FORBIDDEN'
        ? t('referrals.forbidden')
        : t(prefill ? 'referrals.form.prefillFailed' : 'referrals.loadFailed', { message: queryErrorMessage(t, error) })
  return (
    <Alert color={code === 'FORBIDDEN' ? 'orange' : 'red'} role="alert">
      {message}
    </Alert>
  )
}
