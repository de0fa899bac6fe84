// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { broadcastTransport, CHANNEL_NAME } from '@renderer/present/broadcast-transport'
import { initialPresentationState } from '@shared/present/state'
import type { PresentMessage } from '@shared/present/messages'

const opened: { close(): void }[] = []
afterEach(() => opened.splice(0).forEach((t) => t.close()))

/** Waits for `count` messages to reach `listener`, or gives up after a short while. */
function received(presentation: string, count: number) {
  const invalid: unknown[] = []
  const transport = broadcastTransport(presentation, (data) => invalid.push(data))
  opened.push(transport)
  const messages: PresentMessage[] = []
  const done = new Promise<void>((resolve) => {
    transport.subscribe((m) => {
      messages.push(m)
      if (messages.length === count) resolve()
    })
    setTimeout(resolve, 300)
  })
  return { messages, invalid, done }
}

describe('BroadcastChannel transport', () => {
  it('delivers valid messages for its presentation and drops everything else', async () => {
    const listener = received('deck:leg-cramps', 2)
    const sender = broadcastTransport('deck:leg-cramps')
    opened.push(sender)
    const raw = new BroadcastChannel(CHANNEL_NAME)
    opened.push(raw)
    const hello: PresentMessage = {
      type: 'hello',
      presentation: 'deck:leg-cramps',
      from: 'abcdef12',
    }
    raw.postMessage({ ...hello, presentation: 'deck:other' })
    raw.postMessage({
      type: 'state',
      presentation: 'deck:leg-cramps',
      from: 'abcdef12',
      version: 1,
      slides: 3,
      state: { slide: -1 },
    })
    raw.postMessage('<script>alert(1)</script>')
    raw.postMessage({ ...hello, extra: true })
    sender.send(hello)
    sender.send({
      type: 'state',
      presentation: 'deck:leg-cramps',
      from: 'abcdef12',
      version: 2,
      slides: 3,
      state: initialPresentationState(3, 2),
    })
    await listener.done
    expect(listener.messages.map((m) => m.type)).toEqual(['hello', 'state'])
    expect(listener.invalid).toHaveLength(3)
  })
})
