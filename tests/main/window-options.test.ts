import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../src/main/window'

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.js', false)
  const web = options.webPreferences!

  it('keeps the renderer sandboxed and isolated, with no Node and web security on', () => {
    expect(web.sandbox).toBe(true)
    expect(web.contextIsolation).toBe(true)
    expect(web.nodeIntegration).toBe(false)
    expect(web.nodeIntegrationInSubFrames).toBe(false)
    expect(web.nodeIntegrationInWorker).toBe(false)
    expect(web.webSecurity).toBe(true)
    expect(web.allowRunningInsecureContent).toBe(false)
    expect(web.webviewTag).toBe(false)
  })

  it('loads the given preload script and names the window after the product', () => {
    expect(web.preload).toBe('/app/out/preload/index.js')
    expect(options.title).toBe('Postcoital Atlas')
  })

  it('matches the page background to the system theme to avoid a white flash', () => {
    expect(mainWindowOptions('p', true).backgroundColor).not.toBe(options.backgroundColor)
  })
})
