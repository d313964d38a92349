import { pinyin } from 'pinyin-pro'

export interface NamePinyin {
  /** 张三 → zhangsan */
  full: string
  /** 张三 → zs */
  initials: string
}

const LATIN_OR_DIGIT = /[a-z0-9]/

/**
 * The pinyin a search matches a name by, computed once when the name is written.
 * Surname mode reads 单 曾 解 … as surnames (shan, zeng, xie); ü is written v (吕 → lv) because
 * that is how people type it. Latin letters and digits are kept (one initial per run); a
 * character pinyin-pro does not know (𠮷) adds nothing, so the name stays findable by itself.
 */
export function namePinyin(name: string): NamePinyin {
  let full = ''
  let initials = ''
  let inRun = false
  for (const char of pinyin(name, { type: 'all', toneType: 'none', surname: 'head', v: true })) {
    const syllable = char.isZh ? char.pinyin.toLowerCase().replace(/[^a-z]/g, '') : ''
    if (syllable) {
      full += syllable
      initials += syllable[0]
      inRun = false
      continue
    }
    const kept = [...char.origin.toLowerCase()].filter((c) => LATIN_OR_DIGIT.test(c)).join('')
    if (!kept) {
      inRun = false
      continue
    }
    full += kept
    if (!inRun) initials += kept[0]
    inRun = true
  }
  return { full, initials }
}

/** Many students share a name: a roster import computes each distinct name once. */
export function cachedNamePinyin(): (name: string) => NamePinyin {
  const cache = new Map<string, NamePinyin>()
  return (name) => {
    let found = cache.get(name)
    if (!found) {
      found = namePinyin(name)
      cache.set(name, found)
    }
    return found
  }
}
