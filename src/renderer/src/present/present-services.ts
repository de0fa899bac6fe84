import { inject, type InjectionKey } from 'vue'
import type { PresentStore } from '@shared/present/storage'
import type { PresentTransport } from '@shared/present/transport'
import { audienceHref, type PresentationSource } from '@shared/present/routes'
import { systemClock, type Clock } from './clock'
import { broadcastTransport } from './broadcast-transport'
import { localPresentStore } from './local-present-store'
import { desktopServices, type DesktopPresenting } from './desktop/desktop-services'
import { plainBridge } from '../composables/plain-bridge'

/**
 * What presenting needs from outside the renderer. A plain browser (the test build) gets
 * BroadcastChannel, localStorage and a second tab; the desktop app gets IPC through main, files
 * in the user-data folder and an audience window on the chosen display. Tests may provide
 * their own under the same key.
 */
export interface PresentServices {
  clock: Clock
  /** A transport joined to one presentation ("deck:<id>" or "session:<id>"). */
  transport(presentation: string): PresentTransport
  store: PresentStore
  /**
   * Opens the audience view of `source` at `slide` (1-based) for the room: on `display` (or
   * the external screen) in the desktop app, in a second window in a browser. Resolves to a
   * problem in words, or '' when it opened.
   */
  openAudience(source: PresentationSource, slide: number, display?: number | null): Promise<string>
  /** Main's screens and PDF printing: only in the desktop app. */
  desktop: DesktopPresenting | null
}

export const PRESENT_SERVICES: InjectionKey<PresentServices> = Symbol('present-services')

let browser: PresentServices | undefined
let desktop: PresentServices | undefined

/** The browser's services: BroadcastChannel, localStorage, `Date.now`, a new window. */
export function browserServices(): PresentServices {
  browser ??= {
    clock: systemClock,
    transport: (presentation) => broadcastTransport(presentation),
    store: localPresentStore(),
    async openAudience(source, slide) {
      // A named window, so pressing the button again brings the same one back.
      const opened = window.open(
        new URL(audienceHref(source, slide), window.location.href).href,
        'atlas-audience',
        'popup,width=1280,height=720',
      )
      return opened ? '' : 'The browser blocked the new window. Allow pop-ups for this page.'
    },
    desktop: null,
  }
  return browser
}

/** The desktop app's services when the preload bridge is there, else the browser's. */
export function defaultServices(): PresentServices {
  if (typeof window !== 'undefined' && window.api)
    return (desktop ??= desktopServices(plainBridge(window.api)))
  return browserServices()
}

export function usePresentServices(): PresentServices {
  return inject(PRESENT_SERVICES, null) ?? defaultServices()
}
