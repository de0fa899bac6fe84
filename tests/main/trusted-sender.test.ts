import { describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { createTrustedFrameCheck } from '../../src/main/security/trusted-sender'

function event(url: string, subframe = false): IpcMainInvokeEvent {
  const mainFrame = { url: 'app://atlas/index.html' }
  const senderFrame = subframe ? { url } : Object.assign(mainFrame, { url })
  return { sender: { mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent
}

describe('trusted frame check', () => {
  const trusted = createTrustedFrameCheck()

  it('trusts the main frame of the app', () => {
    expect(trusted(event('app://atlas/index.html#/modules/x'))).toBe(true)
  })

  it('rejects the app origin with a user name, password or port in it', () => {
    expect(trusted(event('app://evil@atlas/index.html'))).toBe(false)
    expect(trusted(event('app://a:b@atlas/index.html'))).toBe(false)
    expect(trusted(event('app://atlas:1234/index.html'))).toBe(false)
  })

  it('rejects subframes, other origins and missing frames', () => {
    expect(trusted(event('app://atlas/index.html', true))).toBe(false)
    expect(trusted(event('https://evil.example/'))).toBe(false)
    expect(
      trusted({ sender: { mainFrame: {} }, senderFrame: null } as unknown as IpcMainInvokeEvent),
    ).toBe(false)
  })

  it('trusts the dev server only when it is the configured one', () => {
    expect(trusted(event('http://localhost:5173/'))).toBe(false)
    expect(createTrustedFrameCheck('http://localhost:5173')(event('http://localhost:5173/'))).toBe(
      true,
    )
  })
})
