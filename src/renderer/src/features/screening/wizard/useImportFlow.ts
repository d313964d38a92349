import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput, ImportMapping } from '@shared/contract'
import type { FieldIssue } from '@shared/errors'
import { call } from '../../../api'
import { describeError } from '../../../components/forms'
import { isAccepted, MAX_FILE_BYTES, toBase64, type RosterFile } from '../../students/import/fileData'
import { describeRowIssue } from './describe'

export type CheckResult = ChannelOutput<'screening.import.check'>
export type Committed = ChannelOutput<'screening.import.commit'>
export type Progress = ChannelOutput<'screening.import.progress'>

/** How often the screen asks how far the import is (the contract's progress channel). */
const POLL_MS = 250

interface Source {
  file: RosterFile
  keys: string[]
  platformId: string | null
}

/**
 * The import's state: the chosen instruments, platform and file; the core's check (run again on
 * every change, only the newest answer kept); the mapping; and the commit with its progress.
 */
export function useImportFlow(roundId: string) {
  const { t } = useTranslation()
  const [keys, setKeys] = useState<string[]>([])
  const [platformId, setPlatformId] = useState<string | null>(null)
  const [picked, setPicked] = useState<File | null>(null)
  const [file, setFile] = useState<RosterFile | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [checked, setChecked] = useState<CheckResult | null>(null)
  const [mapping, setMapping] = useState<ImportMapping | null>(null)
  const [checking, setChecking] = useState(false)
  const [refusal, setRefusal] = useState<{ message: string; issues: string[] } | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [committing, setCommitting] = useState(false)
  // Only the newest check may land: a slow answer to an older choice must not overwrite it.
  const latest = useRef(0)
  const stopPolling = useRef<() => void>(() => undefined)
  useEffect(() => () => stopPolling.current(), [])

  const check = async (source: Source, withMapping?: ImportMapping): Promise<void> => {
    const ticket = ++latest.current
    if (source.keys.length === 0) {
      setChecked(null)
      setMapping(null)
      return
    }
    setChecking(true)
    setRefusal(null)
    const answer = await call('screening.import.check', {
      roundId,
      fileName: source.file.name,
      contentBase64: source.file.contentBase64,
      instrumentKeys: source.keys,
      ...(source.platformId ? { platformId: source.platformId } : {}),
      ...(withMapping ? { mapping: withMapping } : {})
    })
    if (ticket !== latest.current) return
    setChecking(false)
    if (!answer.ok) {
      setChecked(null)
      setRefusal({ message: describeError(t, answer.error), issues: (answer.error.issues ?? []).map((i: FieldIssue) => describeRowIssue(t, i)) })
      return
    }
    setChecked(answer.value)
    setMapping(answer.value.mapping)
  }

  const chooseFile = async (chosen: File | null): Promise<void> => {
    setPicked(chosen)
    setFile(null)
    setChecked(null)
    setMapping(null)
    setRefusal(null)
    setFileError(null)
    latest.current++
    if (!chosen) return
    const refused = !isAccepted(chosen.name) ? 'fileType' : chosen.size > MAX_FILE_BYTES ? 'fileTooLarge' : null
    if (refused) return setFileError(t(`screening.import.${refused}`))
    try {
      const read = { name: chosen.name, size: chosen.size, contentBase64: toBase64(await chosen.arrayBuffer()) }
      setFile(read)
      await check({ file: read, keys, platformId })
    } catch {
      setFileError(t('screening.import.readFailed'))
    }
  }

  const chooseKeys = (next: string[]): void => {
    setKeys(next)
    if (file) void check({ file, keys: next, platformId })
  }

  /** A saved platform brings its instruments and columns; the file is read again with them. */
  const choosePlatform = (id: string | null, platformKeys: string[] | null): void => {
    setPlatformId(id)
    const nextKeys = platformKeys ?? keys
    if (platformKeys) setKeys(platformKeys)
    if (file) void check({ file, keys: nextKeys, platformId: id })
  }

  const remap = (next: ImportMapping): void => {
    setMapping(next)
    if (file) void check({ file, keys, platformId }, next)
  }

  const commit = async (platformName: string): Promise<Committed | null> => {
    if (!file || !mapping) return null
    const jobId = crypto.randomUUID()
    setCommitting(true)
    setRefusal(null)
    setProgress({ phase: 'unknown', done: 0, total: 0 })
    stopPolling.current = poll(jobId, setProgress)
    const answer = await call('screening.import.commit', {
      roundId,
      fileName: file.name,
      contentBase64: file.contentBase64,
      instrumentKeys: keys,
      ...(platformId ? { platformId } : {}),
      mapping,
      jobId,
      platformName: platformName.trim()
    })
    stopPolling.current()
    setCommitting(false)
    if (!answer.ok) {
      setProgress(null)
      setRefusal({ message: describeError(t, answer.error), issues: (answer.error.issues ?? []).map((i) => describeRowIssue(t, i)) })
      return null
    }
    setProgress({ phase: 'done', done: answer.value.imported, total: answer.value.imported })
    return answer.value
  }

  return { keys, platformId, picked, file, fileError, checked, mapping, checking, refusal, progress, committing, chooseFile, chooseKeys, choosePlatform, remap, commit }
}

/** Asks for the job's progress every POLL_MS, one request at a time, until stopped. */
function poll(jobId: string, onProgress: (p: Progress) => void): () => void {
  let stopped = false
  const loop = async (): Promise<void> => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      if (stopped) return
      const answer = await call('screening.import.progress', { jobId })
      if (!stopped && answer.ok && answer.value.phase !== 'unknown') onProgress(answer.value)
    }
  }
  void loop()
  return () => {
    stopped = true
  }
}
