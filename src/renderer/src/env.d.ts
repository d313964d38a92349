/// <reference types="vite/client" />
import type { XinAnApi } from '@shared/contract'

declare global {
  interface Window {
    /** Defined by the preload (Electron) or the bridge script (browser mode); nothing else reaches the core. */
    readonly xinan: XinAnApi
  }
}
