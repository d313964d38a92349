import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallError } from '@shared/errors'
import { call } from '../../api'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { downloadBase64 } from '../watch/download'

type PdfChannel = 'referrals.letter.pdf' | 'referrals.returnForm.pdf'

/**
 * Makes one of the referral's PDFs and saves it through the browser's download. A refusal with
 * field issues (the letter's missing fields) goes to `onIssues`, any other to a notice.
 */
export function usePdf(channel: PdfChannel) {
  const { t, i18n } = useTranslation()
  const [pending, setPending] = useState(false)
  const print = async (id: string, onIssues?: (error: CallError) => void): Promise<boolean> => {
    setPending(true)
    try {
      const result = await call(channel, { id, locale: i18n.language === 'en' ? 'en' : 'zh-CN' })
      if (!result.ok) {
        if (onIssues && result.error.code === 'VALIDATION' && result.error.issues?.length) onIssues(result.error)
        else notify(t, describeError(t, result.error), t('referrals.form.printFailed'))
        return false
      }
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf')
      return true
    } finally {
      setPending(false)
    }
  }
  return { print, pending }
}
