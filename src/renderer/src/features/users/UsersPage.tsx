import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconUserPlus } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '@shared/contract'
import { call, callOrThrow, CallFailed } from '../../api'
import { useAppSession, useSession } from '../../app/session'
import { describeError } from '../../components/forms'
import { PageTitle } from '../../components/PageTitle'
import { focusOrigin, returnFocus } from '../../components/focusReturn'
import { notify } from '../../components/notify'
import { CreateUserModal, EditUserModal, TemporaryPasswordModal } from './UserModals'
import { StationsModal } from './StationsModal'
import { UsersTable, type UserAction } from './UsersTable'

type Dialog = { kind: 'create' } | { kind: 'edit' | 'stations' | 'reset' | 'reactivate'; user: UserDto } | null

/** The centre's accounts: who may open the vault, with which role. */
export function UsersPage() {
  const { t } = useTranslation()
  const session = useSession()
  const { refresh } = useAppSession()
  const queryClient = useQueryClient()
  const [dialog, setDialog] = useState<Dialog>(null)
  const users = useQuery({ queryKey: ['users.list', {}], queryFn: () => callOrThrow('users.list', {}) })
  const org = useQuery({ queryKey: ['settings.org.get', {}], queryFn: () => callOrThrow('settings.org.get', {}) })
  const collegeNames = new Map((org.data ?? []).map((c) => [c.id, c.name]))

  const deactivate = useMutation({
    mutationFn: (user: UserDto) => call('users.deactivate', { id: user.id }),
    onSuccess: async (result, user) => {
      if (!result.ok) {
        notify(t, describeError(t, result.error), t('users.failed'))
        return
      }
      notify(t, t('users.deactivated', { name: user.displayName }))
      await queryClient.invalidateQueries({ queryKey: ['users.list'] })
    }
  })

  const confirmDeactivate = (user: UserDto) => {
    const origin = focusOrigin()
    modals.openConfirmModal({
      title: t('users.deactivateTitle', { name: user.displayName }),
      children: <Text size="sm">{t('users.deactivateBody')}</Text>,
      labels: { confirm: t('users.deactivateConfirm'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => deactivate.mutate(user),
      onClose: () => returnFocus(origin)
    })
  }

  const onAction = (action: UserAction, user: UserDto) => {
    if (action === 'deactivate') confirmDeactivate(user)
    else setDialog({ kind: action, user })
  }

  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Group justify="flex-end" mb="sm">
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setDialog({ kind: 'create' })}>
          {t('users.newUser')}
        </Button>
      </Group>
      {users.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {users.isError && (
        <Alert color="red" role="alert">
          {t('users.loadFailed', {
            message: users.error instanceof CallFailed ? describeError(t, users.error.error) : t('errors.internal')
          })}
        </Alert>
      )}
      {users.data && <UsersTable users={users.data} currentUserId={session.user.id} collegeNames={collegeNames} onAction={onAction} />}

      {dialog?.kind === 'create' && <CreateUserModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          // The shell shows the user's own name and role, and hides what the role cannot use.
          onSaved={(saved) => saved.id === session.user.id && void refresh()}
        />
      )}
      {dialog?.kind === 'stations' && <StationsModal user={dialog.user} onClose={() => setDialog(null)} />}
      {(dialog?.kind === 'reset' || dialog?.kind === 'reactivate') && (
        <TemporaryPasswordModal user={dialog.user} mode={dialog.kind} onClose={() => setDialog(null)} />
      )}
    </>
  )
}
