import { Select, Stack, Text, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '@shared/roles'

type RoleSelectProps = Omit<SelectProps<Role>, 'data' | 'renderOption' | 'label' | 'description'>

/** Each role with what it may do, so the admin grants access knowingly. */
export function RoleSelect(props: RoleSelectProps) {
  const { t } = useTranslation()
  const data = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))
  return (
    <Select<Role>
      {...props}
      label={t('users.fields.role')}
      data={data}
      allowDeselect={false}
      description={props.value ? t(`users.roleHelp.${props.value}`) : undefined}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`users.roleHelp.${option.value}`)}
          </Text>
        </Stack>
      )}
    />
  )
}
