import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { IPC, type Channel } from '../../shared/ipc/contract'
import { PUSH_CHANNELS } from '../../shared/ipc/channels'
import type { ExportedSlides, ExportSlidesRequest } from '../../shared/ipc/present'
import type { IpcResult } from '../../shared/ipc/result'
import { audienceHref } from '../../shared/present/routes'
import { handle, fail, ok, type Handler, type TrustedFrame } from '../ipc/handle'
import { oneAtATime } from '../services/one-at-a-time'
import type { PresentationHub } from './presentation-hub'
import type { AudienceScreens, ScreenOutcome } from './audience-screens'
import { PresentSaveError, type PresentFileStore } from './present-file-store'

/** Which of the app's windows sent a message. */
export type WindowRole = 'main' | 'audience' | 'print'

/** What main needs of a sender's webContents: its id, a way to push to it, and its end. */
export interface ViewContents {
  readonly id: number
  send(channel: string, data: unknown): void
  once(event: 'destroyed', listener: () => void): void
}

export interface PresentIpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  /** The role of the window whose webContents sent a message; null for any other. */
  roleOf(contents: ViewContents): WindowRole | null
  hub: PresentationHub
  screens: Pick<AudienceScreens, 'layout' | 'choose' | 'open' | 'swap' | 'close' | 'showing'>
  store: PresentFileStore
  printer: { ready(webContentsId: number, problem: string | null): boolean }
  exportSlides(request: ExportSlidesRequest): Promise<IpcResult<ExportedSlides>>
}

const NOT_HERE: Record<WindowRole, string> = {
  main: 'This can only be done from the Postcoital Atlas window.',
  audience: 'Only the presenter console and the audience view can do this.',
  print: 'Only the page that prints slides can say this.',
}

/**
 * The presenting channels. Every message is checked twice before it is parsed: it must come
 * from the app's own main frame (like every channel), and from a window allowed to send it:
 * the console's window moves screens, saves and exports; the audience window only presents
 * and reads; a hidden print window only reads and says it is ready.
 */
export function registerPresentIpc(deps: PresentIpcDeps): void {
  const { ipcMain, isTrusted, hub } = deps
  const views = new Map<number, ViewContents>()

  function from<C extends Channel>(roles: WindowRole[], handler: Handler<C>): Handler<C> {
    return (request, event) => {
      const role = deps.roleOf(event.sender as unknown as ViewContents)
      if (!role || !roles.includes(role)) return fail('forbidden', NOT_HERE[roles[0]!])
      return handler(request, event)
    }
  }
  const on = <C extends Channel>(channel: C, roles: WindowRole[], handler: Handler<C>): void =>
    handle(ipcMain, channel, isTrusted, from(roles, handler))

  /** Remembers a view so main can push to it, and forgets it when its page is gone. */
  function view(event: IpcMainInvokeEvent): ViewContents {
    const contents = event.sender as unknown as ViewContents
    if (!views.has(contents.id)) {
      views.set(contents.id, contents)
      contents.once('destroyed', () => {
        views.delete(contents.id)
        hub.drop(contents.id)
      })
    }
    return contents
  }
  const screenResult = (outcome: ScreenOutcome) =>
    outcome.ok ? ok(outcome.layout) : fail('not-found', outcome.problem)

  on(IPC.presentSend, ['main', 'audience'], (message, event) => {
    const sender = view(event)
    const { reply, deliverTo } = hub.receive(sender.id, message)
    for (const id of deliverTo) views.get(id)?.send(PUSH_CHANNELS.presentMessage, message)
    return ok(reply)
  })
  on(IPC.presentLeave, ['main', 'audience'], ({ presentation }, event) => {
    hub.leave(event.sender.id, presentation)
    // The console's window moved on from the presentation: its audience window goes with it.
    if (deps.roleOf(event.sender as unknown as ViewContents) === 'main') {
      if (deps.screens.showing() === presentation) deps.screens.close()
    }
    return ok(null)
  })

  on(IPC.presentScreens, ['main'], () => ok(deps.screens.layout()))
  on(IPC.chooseDisplay, ['main'], async ({ display }) =>
    screenResult(await deps.screens.choose(display)),
  )
  on(IPC.openAudience, ['main'], async ({ source, slide, display }) =>
    screenResult(
      await deps.screens.open(`${source.kind}:${source.id}`, audienceHref(source, slide), display),
    ),
  )
  on(IPC.swapScreens, ['main'], async () => screenResult(await deps.screens.swap()))
  on(IPC.closeAudience, ['main'], () => ok(deps.screens.close()))

  on(IPC.loadSessions, ['main', 'audience', 'print'], async () =>
    ok(await deps.store.sessions.load()),
  )
  on(IPC.loadTimings, ['main', 'audience', 'print'], async () =>
    ok(await deps.store.timings.load()),
  )
  const saved = async (save: () => Promise<void>): Promise<IpcResult<null>> => {
    try {
      await save()
      return ok(null)
    } catch (error) {
      if (error instanceof PresentSaveError) return fail('write-failed', error.message)
      throw error
    }
  }
  on(IPC.saveSessions, ['main'], (value) => saved(() => deps.store.sessions.save(value)))
  on(IPC.saveTimings, ['main'], (value) => saved(() => deps.store.timings.save(value)))

  // One PDF at a time: each opens a save dialog, and a second would queue behind it unseen.
  const exportOne = oneAtATime(deps.exportSlides, () =>
    fail<ExportedSlides>(
      'busy',
      'Slides are already being saved as a PDF. Finish or close that save dialog, then try again.',
    ),
  )
  on(IPC.exportSlides, ['main'], (request) => exportOne(request))
  on(IPC.printReady, ['print'], ({ problem }, event) =>
    deps.printer.ready(event.sender.id, problem)
      ? ok(null)
      : fail('not-found', 'No slides are waiting to be printed from this page.'),
  )
}
