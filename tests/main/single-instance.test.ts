import { describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow } from 'electron'

describe('a second launch of the app', () => {
  it('quits at once when another instance holds the lock, opening no window', async () => {
    vi.mocked(app.requestSingleInstanceLock).mockReturnValueOnce(false)
    await import('../../src/main/index')
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
  })
})
