import { PasswordInput, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type UserDto } from '@shared/contract'
import type { Role } from '@shared/roles'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { RoleSelect } from './RoleSelect'
import { useFormCall } from '../../components/useFormCall'
import { notify } from '../../components/notify'

interface CreateValues extends Record<string, unknown> {
  username: string
  displayName: string
  role: Role | null
  firstPassword: string
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['users.create'].input, t)
  const form = useForm<CreateValues>({
    initialValues: { username: '', displayName: '', role: null, firstPassword: '' },
    validate: (values) => check(values)
  })
  const send = useFormCall('users.create', form, {
    toInput: (v) => ({ username: v.username, displayName: v.displayName, role: v.role as Role, firstPassword: v.firstPassword }),
    invalidate: ['users.list'],
    onDone: (user) => {
      notify(t, t('users.created', { name: user.displayName }))
      onClose()
    }
  })
  return (
    <FormModal
      title={t('users.createTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('users.createSubmit')}
    >
      <TextInput
        label={t('users.fields.username')}
        description={t('users.fields.usernameHelp')}
        autoComplete="off"
        withAsterisk
        data-autofocus
        {...form.getInputProps('username')}
      />
      <TextInput label={t('users.fields.displayName')} autoComplete="off" withAsterisk {...form.getInputProps('displayName')} />
      <RoleSelect withAsterisk {...form.getInputProps('role')} />
      <PasswordInput
        label={t('users.fields.firstPassword')}
        description={t('users.fields.firstPasswordHelp')}
        autoComplete="new-password"
        withAsterisk
        {...form.getInputProps('firstPassword')}
      />
    </FormModal>
  )
}

interface EditValues extends Record<string, unknown> {
  displayName: string
  role: Role | null
}

/** `onSaved` lets the page refresh the session when an admin edits their own account. */
export function EditUserModal({ user, onClose, onSaved }: { user: UserDto; onClose: () => void; onSaved: (user: UserDto) => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['users.update'].input, t)
  const form = useForm<EditValues>({
    initialValues: { displayName: user.displayName, role: user.role },
    validate: (values) => check({ id: user.id, ...values })
  })
  const send = useFormCall('users.update', form, {
    toInput: (v) => ({ id: user.id, displayName: v.displayName, role: v.role as Role }),
    invalidate: ['users.list'],
    onDone: (saved) => {
      notify(t, t('users.updated', { name: saved.displayName }))
      onSaved(saved)
      onClose()
    }
  })
  return (
    <FormModal
      title={t('users.editTitle', { name: user.displayName })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <TextInput label={t('users.fields.displayName')} withAsterisk data-autofocus {...form.getInputProps('displayName')} />
      <RoleSelect withAsterisk {...form.getInputProps('role')} />
    </FormModal>
  )
}

/** A temporary password: for a user who forgot theirs, or to bring a deactivated account back. */
export function TemporaryPasswordModal({ user, mode, onClose }: { user: UserDto; mode: 'reset' | 'reactivate'; onClose: () => void }) {
  const { t } = useTranslation()
  const channel = mode === 'reset' ? 'users.resetPassword' : 'users.reactivate'
  const check = schemaValidator(contract[channel].input, t)
  const form = useForm<{ firstPassword: string }>({
    initialValues: { firstPassword: '' },
    validate: (values) => check({ id: user.id, ...values })
  })
  const send = useFormCall(channel, form, {
    toInput: (v) => ({ id: user.id, firstPassword: v.firstPassword }),
    invalidate: ['users.list'],
    onDone: (saved) => {
      const key = mode === 'reset' ? 'users.passwordReset' : 'users.reactivated'
      notify(t, t(key, { name: saved.displayName }))
      onClose()
    }
  })
  return (
    <FormModal
      title={t(mode === 'reset' ? 'users.resetTitle' : 'users.reactivateTitle', { name: user.displayName })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t(mode === 'reset' ? 'users.resetSubmit' : 'users.reactivateSubmit')}
    >
      <Text size="sm">{t(mode === 'reset' ? 'users.resetHelp' : 'users.reactivateHelp')}</Text>
      <PasswordInput
        label={t('users.fields.tempPassword')}
        description={t('users.fields.tempPasswordHelp')}
        autoComplete="new-password"
        withAsterisk
        data-autofocus
        {...form.getInputProps('firstPassword')}
      />
    </FormModal>
  )
}
