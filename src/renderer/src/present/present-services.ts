import { inject, type InjectionKey } from 'vue'
import type { PresentStore } from '@shared/present/storage'
import type { PresentTransport } from '@shared/present/transport'
import { systemClock, type Clock } from './clock'
import { broadcastTransport } from './broadcast-transport'
import { localPresentStore } from './local-present-store'

/**
 * What presenting needs from outside the renderer. The browser build supplies these; the
 * desktop app (phase 2) provides its own under the same key: an IPC transport through main,
 * a store in main's settings file, and a window main places on the chosen display.
 */
export interface PresentServices {
  clock: Clock
  /** A transport joined to one presentation ("deck:<id>" or "session:<id>"). */
  transport(presentation: string): PresentTransport
  store: PresentStore
  /** Opens the audience view (an app route such as "#/present/x/3") for the room. */
  openAudience(href: string): void
}

export const PRESENT_SERVICES: InjectionKey<PresentServices> = Symbol('present-services')

let browser: PresentServices | undefined

/** The browser's services: BroadcastChannel, localStorage, `Date.now`, a new window. */
export function browserServices(): PresentServices {
  browser ??= {
    clock: systemClock,
    transport: (presentation) => broadcastTransport(presentation),
    store: localPresentStore(),
    openAudience(href) {
      // A named window, so pressing the button again brings the same one back.
      window.open(
        new URL(href, window.location.href).href,
        'atlas-audience',
        'popup,width=1280,height=720',
      )
    },
  }
  return browser
}

export function usePresentServices(): PresentServices {
  return inject(PRESENT_SERVICES, null) ?? browserServices()
}
