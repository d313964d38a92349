import type { Ref } from 'react'
import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * Mantine's PasswordInput with what it leaves out: a translated name for the show/hide button
 * (its pressed state is announced by aria-pressed), a toggle reachable by keyboard, and
 * aria-invalid on the input when the field has an error.
 */
export function PasswordField({ ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation()
  return (
    <PasswordInput
      ref={ref}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  )
}
