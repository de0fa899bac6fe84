import { z } from 'zod'
import { settingsSchema, type Settings } from './settings'

/**
 * The one IPC contract. Each channel has its name, the schema main parses every request with,
 * and (as a type) the value it answers. Only invoke/handle is used; names are namespaced.
 */
function channel<Request extends z.ZodType>(name: string, request: Request) {
  return {
    returns: <Response>() => ({ name, request, response: undefined as unknown as Response }),
  }
}

export interface AppInfo {
  name: string
  version: string
  platform: string
}

export const IPC = {
  appInfo: channel('app:info', z.undefined()).returns<AppInfo>(),
  openExternal: channel(
    'links:open-external',
    z.strictObject({ url: z.string().max(2048) }),
  ).returns<{
    opened: boolean
  }>(),
  getSettings: channel('settings:get', z.undefined()).returns<Settings>(),
  saveSettings: channel('settings:save', settingsSchema).returns<Settings>(),
} as const

export type Channel = (typeof IPC)[keyof typeof IPC]
export type RequestOf<C extends Channel> = z.input<C['request']>
export type ResponseOf<C extends Channel> = C['response']
