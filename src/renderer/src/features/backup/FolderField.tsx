import { useState } from 'react'
import { Button, Group, TextInput, type TextInputProps } from '@mantine/core'
import { IconFolderOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'

/*
 * The shell tells the page nothing about itself, so whether a folder dialog exists is guessed from
 * the user agent (Electron names itself there) and corrected by the core's first answer: browser
 * mode says `supported: false`, and the button goes away for good.
 */
let dialogKnownMissing = false
const mayHaveDialog = (): boolean => !dialogKnownMissing && /\bElectron\//.test(navigator.userAgent)

interface FolderFieldProps extends Omit<TextInputProps, 'onChange'> {
  onPicked: (path: string) => void
  onChange?: TextInputProps['onChange']
}

/** A folder path: always typed, and picked through the shell's dialog where there is one. */
export function FolderField({ onPicked, ...input }: FolderFieldProps) {
  const { t } = useTranslation()
  const [canPick, setCanPick] = useState(mayHaveDialog)
  const [picking, setPicking] = useState(false)

  const pick = async () => {
    setPicking(true)
    try {
      const result = await call('backup.pickFolder', {})
      if (!result.ok) return notify(t, describeError(t, result.error), t('backup.failed'))
      if (!result.value.supported) {
        dialogKnownMissing = true
        setCanPick(false)
        return notify(t, t('backup.settings.pickUnsupported'))
      }
      if (result.value.path) onPicked(result.value.path)
    } finally {
      setPicking(false)
    }
  }

  const button = (
    <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} aria-label={t('backup.settings.pickLabel')} loading={picking} onClick={() => void pick()}>
      {t('backup.settings.pick')}
    </Button>
  )
  // The button sits beside the box itself, so the label, hint and error keep their places.
  return (
    <TextInput
      spellCheck={false}
      autoComplete="off"
      inputContainer={(box) =>
        canPick ? (
          <Group gap="xs" wrap="nowrap" align="center">
            <div style={{ flex: 1 }}>{box}</div>
            {button}
          </Group>
        ) : (
          box
        )
      }
      {...input}
    />
  )
}
