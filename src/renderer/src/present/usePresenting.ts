import { onBeforeUnmount, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { PresentationState } from '@shared/present/state'
import { initialPresentationState } from '@shared/present/state'
import type { Presentation } from './presentation'
import type { Outline } from './navigation'
import { reduce, type PresentAction } from './presentation-state'
import { closedView, handleCommand, type Command, type ViewState } from './view-commands'
import { commit, createReplica, receive } from './replica'
import { usePresentServices, type PresentServices } from './present-services'

export interface Presenting {
  /** The shared state, the same in every view of this presentation. */
  state: ShallowRef<PresentationState>
  /** This view's own overview and typed number. */
  view: Ref<ViewState>
  /** The console showing the slides alone, for one screen (mirroring). */
  mirrored: Ref<boolean>
  outline: Outline
  services: PresentServices
  /** Runs a key or overview command; `columns` is the overview grid's width. */
  command(command: Command, columns?: number): void
  /** Changes the shared state directly (timer buttons, theme, rehearsal). */
  apply(action: PresentAction): void
}

const randomId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('')

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen()
    else await document.documentElement.requestFullscreen()
  } catch {
    // Refused (not from a key press, or not allowed here): the window stays as it is.
  }
}

/**
 * Joins a presentation: one replica of the shared state, kept in step with the other views
 * through the transport. `startSlide`, when the address names a slide, is announced so a view
 * opened at slide n shows n everywhere unless another view has already moved on.
 */
export function usePresenting(presentation: Presentation, startSlide?: number): Presenting {
  const services = usePresentServices()
  const slides = presentation.slides.length
  const outline: Outline = { steps: presentation.slides.map((s) => s.slide.steps) }
  const id = randomId()
  let replica = createReplica(
    id,
    presentation.key,
    slides,
    initialPresentationState(slides, startSlide ?? 0),
  )
  const state = shallowRef(replica.state)
  const view = ref<ViewState>({ ...closedView })
  const mirrored = ref(false)
  const transport = services.transport(presentation.key)

  const off = transport.subscribe((message) => {
    const { replica: next, reply } = receive(replica, message)
    if (reply) transport.send(reply)
    if (next !== replica) {
      replica = next
      state.value = next.state
    }
  })
  function publish(next: PresentationState): void {
    const [committed, message] = commit(replica, next)
    replica = committed
    state.value = next
    transport.send(message)
  }
  if (startSlide !== undefined && startSlide > 0) publish(replica.state)
  transport.send({ type: 'hello', presentation: presentation.key, from: id })

  function apply(action: PresentAction): void {
    publish(reduce(replica.state, action, outline, services.clock.now()))
  }
  function command(input: Command, columns = 1): void {
    const handled = handleCommand(view.value, input, {
      slide: replica.state.slide,
      slides,
      columns,
    })
    view.value = handled.view
    if (handled.action) apply(handled.action)
    if (handled.effect === 'fullscreen') void toggleFullscreen()
    if (handled.effect === 'mirror') mirrored.value = !mirrored.value
  }
  onBeforeUnmount(() => {
    off()
    transport.close()
  })
  return { state, view, mirrored, outline, services, command, apply }
}
