import { z } from 'zod'
import { settingsSchema, type LoadedSettings, type Settings } from './settings'
import { CHANNELS, PUSH_CHANNELS, type ChannelKey, type PushKey } from './channels'
import { menuCommandSchema, routeReportSchema } from './menu'
import { handoutExportRequestSchema, type ExportedHandout } from './handouts'
import { LEARNING_IPC } from '../learning/contract'
import type { StateMessage } from '../present/messages'
import type { SessionsFile } from '../present/sessions'
import type { TimingsFile } from '../present/timings'
import type { Loaded } from '../present/storage'
import {
  chooseDisplaySchema,
  exportSlidesSchema,
  openAudienceSchema,
  presentLeaveSchema,
  presentMessageSchema,
  printReadySchema,
  saveSessionsSchema,
  saveTimingsSchema,
  type ExportedSlides,
  type ScreenLayout,
} from './present'

/**
 * The one IPC contract. Each channel has its name, the schema main parses every request with,
 * and (as a type) the value it answers. Only invoke/handle is used; names are namespaced.
 */
function channel<Request extends z.ZodType>(key: ChannelKey, request: Request) {
  const name = CHANNELS[key]
  return {
    returns: <Response>() => ({ name, request, response: undefined as unknown as Response }),
  }
}

/** A saved file is referred to by the token main gave for it, never by its path. */
const fileTokenRequest = z.strictObject({ token: z.string().regex(/^[a-f0-9]{32}$/) })

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** For the About dialog. */
  versions: { electron: string; chrome: string; node: string }
}

export const IPC = {
  appInfo: channel('appInfo', z.undefined()).returns<AppInfo>(),
  openExternal: channel('openExternal', z.strictObject({ url: z.string().max(2048) })).returns<{
    opened: boolean
  }>(),
  getSettings: channel('getSettings', z.undefined()).returns<LoadedSettings>(),
  saveSettings: channel('saveSettings', settingsSchema).returns<Settings>(),
  exportHandout: channel('exportHandout', handoutExportRequestSchema).returns<ExportedHandout>(),
  openExportedFile: channel('openExportedFile', fileTokenRequest).returns<null>(),
  showExportedFile: channel('showExportedFile', fileTokenRequest).returns<null>(),
  ...LEARNING_IPC,
  presentSend: channel('presentSend', presentMessageSchema).returns<StateMessage | null>(),
  presentLeave: channel('presentLeave', presentLeaveSchema).returns<null>(),
  presentScreens: channel('presentScreens', z.undefined()).returns<ScreenLayout>(),
  chooseDisplay: channel('chooseDisplay', chooseDisplaySchema).returns<ScreenLayout>(),
  openAudience: channel('openAudience', openAudienceSchema).returns<ScreenLayout>(),
  swapScreens: channel('swapScreens', z.undefined()).returns<ScreenLayout>(),
  closeAudience: channel('closeAudience', z.undefined()).returns<ScreenLayout>(),
  loadSessions: channel('loadSessions', z.undefined()).returns<Loaded<SessionsFile>>(),
  saveSessions: channel('saveSessions', saveSessionsSchema).returns<null>(),
  loadTimings: channel('loadTimings', z.undefined()).returns<Loaded<TimingsFile>>(),
  saveTimings: channel('saveTimings', saveTimingsSchema).returns<null>(),
  exportSlides: channel('exportSlides', exportSlidesSchema).returns<ExportedSlides>(),
  printReady: channel('printReady', printReadySchema).returns<null>(),
  reportRoute: channel('reportRoute', routeReportSchema).returns<null>(),
} as const satisfies Record<ChannelKey, unknown>

/** Main → renderer pushes: the channel and the schema both sides parse the payload with. */
export const IPC_PUSH = {
  menuCommand: { name: PUSH_CHANNELS.menuCommand, payload: menuCommandSchema },
} as const satisfies Partial<Record<PushKey, { name: string; payload: z.ZodType }>>

export type Channel = (typeof IPC)[keyof typeof IPC]
export type RequestOf<C extends Channel> = z.input<C['request']>
export type ResponseOf<C extends Channel> = C['response']
