import { Button, FileButton, Group, Image, Input, Paper, Text } from '@mantine/core'
import { IconPhotoUp, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The contract allows ~256 KB of image; checked here first so a big file is refused at once. */
const MAX_LOGO_BYTES = 256 * 1024
const TYPES = ['image/png', 'image/jpeg']

interface LogoFieldProps {
  value: string | null
  onChange: (logo: string | null) => void
  error?: string
  onError: (message: string) => void
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(file)
  })
}

export function LogoField({ value, onChange, error, onError }: LogoFieldProps) {
  const { t } = useTranslation()

  const pick = async (file: File | null) => {
    if (!file) return
    if (!TYPES.includes(file.type)) return onError(t('settings.centre.logoWrongType'))
    if (file.size > MAX_LOGO_BYTES) return onError(t('settings.centre.logoTooLarge', { size: Math.ceil(file.size / 1024) }))
    try {
      onChange(await readAsDataUrl(file))
    } catch {
      onError(t('settings.centre.logoUnreadable'))
    }
  }

  return (
    <Input.Wrapper
      id="centre-logo"
      labelElement="div"
      label={t('settings.centre.logo')}
      description={t('settings.centre.logoHelp')}
      error={error}
      errorProps={{ role: 'alert' }}
    >
      <Group mt="xs" align="center">
        <Paper withBorder p="xs" w={120} h={120} style={{ display: 'grid', placeItems: 'center' }}>
          {value ? (
            <Image src={value} alt={t('settings.centre.logoPreview')} fit="contain" mah={100} maw={100} />
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('settings.centre.noLogo')}
            </Text>
          )}
        </Paper>
        <FileButton onChange={(file) => void pick(file)} accept={TYPES.join(',')}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconPhotoUp size={18} />}
              aria-describedby={error ? 'centre-logo-description centre-logo-error' : 'centre-logo-description'}
            >
              {t('settings.centre.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={() => onChange(null)}>
            {t('settings.centre.removeLogo')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  )
}
