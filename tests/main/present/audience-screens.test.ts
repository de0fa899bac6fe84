import { describe, expect, it, vi } from 'vitest'
import { AudienceScreens } from '../../../src/main/present/audience-screens'
import type { ScreenLayout } from '../../../src/shared/ipc/present'
import { FakeWindow, fakeScreen, LAPTOP, MONITOR, PROJECTOR } from './screen-fakes'
import type { ScreenDisplay } from '../../../src/main/present/display-choice'

const DECK = 'deck:cramps-after-orgasm'
const HREF = '#/present/cramps-after-orgasm/3'

/** Screens over fake displays, with the console window on `consoleOn`. */
function setup(displays: ScreenDisplay[], consoleOn: ScreenDisplay = LAPTOP) {
  const screen = fakeScreen(displays)
  const console = new FakeWindow({ ...consoleOn.workArea, width: 1280, height: 700 })
  const made: FakeWindow[] = []
  const pushed: ScreenLayout[] = []
  const screens = new AudienceScreens({
    screen,
    consoleWindow: () => console,
    createWindow(bounds) {
      const window = new FakeWindow(bounds)
      made.push(window)
      return window
    },
    urlOf: (href) => `app://atlas/index.html${href}`,
    onChange: (layout) => pushed.push(layout),
  })
  return { screen, console, made, pushed, screens }
}

describe('the audience window', () => {
  it('opens full screen on the external display, loads only the app route, and leaves the console focused', async () => {
    const { screens, made, console, pushed } = setup([LAPTOP, PROJECTOR])
    const outcome = await screens.open(DECK, HREF, null)
    expect(made).toHaveLength(1)
    const audience = made[0]!
    expect(audience.bounds).toEqual(PROJECTOR.bounds)
    expect(audience.loaded).toEqual(['app://atlas/index.html#/present/cramps-after-orgasm/3'])
    audience.emit('ready-to-show')
    expect(audience.shown && audience.fullScreen).toBe(true)
    expect(console.focused).toBe(1)
    expect(console.bounds.x).toBe(0)
    expect(outcome).toEqual({
      ok: true,
      layout: expect.objectContaining({ console: 1, audience: 2, audienceOpen: true }),
    })
    expect(pushed.at(-1)?.audienceOpen).toBe(true)
    expect(screens.isAudience(audience.webContents.id)).toBe(true)
    expect(screens.isAudience(console.webContents.id)).toBe(false)
  })

  it('goes where the presenter chose, and moves the console off that display', async () => {
    const { screens, made, console } = setup([LAPTOP, PROJECTOR], PROJECTOR)
    await screens.open(DECK, HREF, PROJECTOR.id)
    expect(made[0]!.bounds).toEqual(PROJECTOR.bounds)
    // The console was on the projector: it moves to the laptop, maximised there.
    expect(console.bounds.x).toBeLessThan(LAPTOP.bounds.width)
    expect(console.maximized).toBe(true)
  })

  it('moves an open audience window when the presenter picks another display', async () => {
    const { screens, made } = setup([LAPTOP, PROJECTOR, MONITOR])
    await screens.open(DECK, HREF, null)
    const audience = made[0]!
    audience.emit('ready-to-show')
    expect(audience.bounds).toEqual(PROJECTOR.bounds)
    const outcome = await screens.choose(MONITOR.id)
    expect(outcome).toMatchObject({ ok: true, layout: { audience: MONITOR.id } })
    expect(audience.bounds).toEqual(MONITOR.bounds)
    // It left full screen before it moved, and went back to full screen after.
    expect(audience.log.slice(-3)).toEqual([
      'fullscreen false',
      `bounds 0,-1200`,
      'fullscreen true',
    ])
    expect(made).toHaveLength(1)
  })

  it('reuses the open window: reloads it only for another presentation', async () => {
    const { screens, made } = setup([LAPTOP, PROJECTOR])
    await screens.open(DECK, HREF, null)
    await screens.open(DECK, '#/present/cramps-after-orgasm/7', null)
    expect(made[0]!.loaded).toHaveLength(1)
    await screens.open('deck:leg-twitching-after-sex', '#/present/leg-twitching-after-sex/1', null)
    expect(made).toHaveLength(1)
    expect(made[0]!.loaded.at(-1)).toBe('app://atlas/index.html#/present/leg-twitching-after-sex/1')
    expect(screens.showing()).toBe('deck:leg-twitching-after-sex')
  })

  it('refuses a display that is not connected, and one screen, in words that say what to do', async () => {
    const two = setup([LAPTOP, PROJECTOR])
    expect(await two.screens.open(DECK, HREF, 99)).toEqual({
      ok: false,
      problem: expect.stringMatching(/no longer connected/),
    })
    expect(await two.screens.choose(99)).toMatchObject({ ok: false })
    const one = setup([LAPTOP])
    expect(await one.screens.open(DECK, HREF, null)).toEqual({
      ok: false,
      problem: expect.stringMatching(/Only one screen.*press s/),
    })
    expect(one.made).toHaveLength(0)
    expect(one.screens.layout()).toMatchObject({ audience: null, audienceOpen: false })
  })

  it('closes with the presentation, and says so to the console', async () => {
    const { screens, made, pushed } = setup([LAPTOP, PROJECTOR])
    await screens.open(DECK, HREF, null)
    const layout = screens.close()
    expect(made[0]!.destroyed).toBe(true)
    expect(layout.audienceOpen).toBe(false)
    expect(pushed.at(-1)?.audienceOpen).toBe(false)
    expect(screens.showing()).toBeNull()
  })

  it('notices when the presenter closes the audience window itself', async () => {
    const { screens, made, pushed } = setup([LAPTOP, PROJECTOR])
    await screens.open(DECK, HREF, null)
    made[0]!.close()
    expect(screens.layout().audienceOpen).toBe(false)
    expect(pushed.at(-1)?.audienceOpen).toBe(false)
  })
})

describe('swapping screens', () => {
  it('puts the slides where the console was and the console where the slides were', async () => {
    const { screens, made, console } = setup([LAPTOP, PROJECTOR])
    await screens.open(DECK, HREF, null)
    const audience = made[0]!
    audience.emit('ready-to-show')
    const outcome = await screens.swap()
    expect(audience.bounds).toEqual(LAPTOP.bounds)
    expect(audience.fullScreen).toBe(true)
    expect(console.bounds.x).toBeGreaterThanOrEqual(PROJECTOR.bounds.x)
    expect(console.maximized).toBe(true)
    expect(outcome).toMatchObject({
      ok: true,
      layout: { audience: LAPTOP.id, console: PROJECTOR.id },
    })
    // And back again.
    await screens.swap()
    expect(audience.bounds).toEqual(PROJECTOR.bounds)
    expect(console.bounds.x).toBeLessThan(PROJECTOR.bounds.x)
  })

  it('asks for the audience window first', async () => {
    const { screens } = setup([LAPTOP, PROJECTOR])
    expect(await screens.swap()).toEqual({ ok: false, problem: 'Open the audience window first.' })
  })
})

describe('plugging and unplugging', () => {
  it('closes the audience window when the projector is unplugged, rather than cover the console', async () => {
    const { screen, screens, made, pushed } = setup([LAPTOP, PROJECTOR])
    await screens.open(DECK, HREF, null)
    screen.plug([LAPTOP], 'display-removed')
    await Promise.resolve()
    expect(made[0]!.destroyed).toBe(true)
    expect(pushed.at(-1)).toMatchObject({ audienceOpen: false, audience: null })
  })

  it('moves the slides to another external screen when theirs goes', async () => {
    const { screen, screens, made } = setup([LAPTOP, PROJECTOR, MONITOR])
    await screens.open(DECK, HREF, null)
    made[0]!.emit('ready-to-show')
    screen.plug([LAPTOP, MONITOR], 'display-removed')
    await vi.waitFor(() => expect(made[0]!.bounds).toEqual(MONITOR.bounds))
    expect(made[0]!.destroyed).toBe(false)
  })

  it('tells the console when a screen is plugged in', () => {
    const { screen, pushed } = setup([LAPTOP])
    screen.plug([LAPTOP, PROJECTOR], 'display-added')
    expect(pushed.at(-1)).toMatchObject({
      displays: [{ id: 1 }, { id: 2, label: 'EPSON PJ' }],
      audience: PROJECTOR.id,
      audienceOpen: false,
    })
  })
})
