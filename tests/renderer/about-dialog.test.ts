import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { AtlasApi } from '@shared/ipc/api'
import type { AppInfo } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import type { LicencesFile } from '@shared/licences'
import type { ContentIndex } from '@renderer/content/content-index'
import AboutDialog from '@renderer/about/AboutDialog.vue'
import { resetLicences } from '@renderer/about/licences'
import { fixtureIndex } from './content'
import { globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness
let wrapper: VueWrapper | undefined

const LICENCES: LicencesFile = {
  app: { name: 'postcoital-atlas', version: '0.1.0' },
  fonts: [
    {
      name: 'Atkinson Hyperlegible Next',
      version: '5.2.0',
      licence: 'OFL-1.1',
      by: 'Braille Institute',
      usedIn: ['window', 'main'],
    },
  ],
  libraries: [
    { name: 'vue', version: '3.5.0', licence: 'MIT', by: 'Evan You', usedIn: ['window'] },
  ],
}
const INFO: AppInfo = {
  name: 'Postcoital Atlas',
  version: '0.1.0',
  platform: 'linux',
  versions: { electron: '39.2.0', chrome: '142.0.7444.59', node: '22.20.0' },
}

beforeAll(async () => {
  index = await fixtureIndex()
})
beforeEach(() => {
  h = harness(index)
  resetLicences()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  delete window.api
  vi.unstubAllGlobals()
})

/** The licence list as the build writes it beside index.html, or a missing file. */
function serveLicences(file: LicencesFile | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      file ? new Response(JSON.stringify(file)) : new Response('Not found', { status: 404 }),
    ),
  )
}

async function openAbout(): Promise<VueWrapper> {
  const w = mount(AboutDialog, {
    props: { open: false },
    global: globalFor(h),
    attachTo: document.body,
  })
  await w.setProps({ open: true })
  await flushPromises()
  return w
}

/** The dialog's facts as term → description. */
const facts = (w: VueWrapper) =>
  Object.fromEntries(
    w.findAll('dt').map((dt) => [dt.text(), dt.element.nextElementSibling?.textContent?.trim()]),
  )

describe('Help › About', () => {
  it('in the desktop app: version, Electron, Chromium and Node, review dates and licences', async () => {
    const appInfo = vi.fn(async (): Promise<IpcResult<AppInfo>> => ({ ok: true, value: INFO }))
    window.api = { appInfo } as unknown as AtlasApi
    serveLicences(LICENCES)
    const w = (wrapper = await openAbout())
    expect((w.find('dialog').element as HTMLDialogElement).open).toBe(true)
    const shown = facts(w)
    expect(shown).toMatchObject({
      Version: '0.1.0',
      Electron: '39.2.0',
      Chromium: '142.0.7444.59',
      'Node.js': '22.20.0',
    })
    expect(shown['Content reviewed']).toMatch(
      /^Between \d{1,2} \w{3,4} \d{4} and \d{1,2} \w{3,4} \d{4}$/,
    )
    expect(shown['Next review due']).toMatch(/\w{3,4} \d{4}/)
    expect(w.find('.about__list').text()).toContain('Atkinson Hyperlegible Next 5.2.0 · OFL-1.1')
    expect(w.find('.about__libraries summary').text()).toBe('Libraries (1)')
    expect(w.find('.about__libraries').text()).toContain('used in the app window')
    expect(appInfo).toHaveBeenCalledTimes(1)
  })

  it('in a browser, and with no licence list, says so rather than showing blanks', async () => {
    serveLicences(null)
    const w = (wrapper = await openAbout())
    expect(facts(w)['Running in']).toBe('A web browser, not the desktop app')
    expect(w.text()).toContain('The licence list is written when the app is built')
  })

  it('leads to the content sources, and closes with its button', async () => {
    serveLicences(LICENCES)
    const w = (wrapper = await openAbout())
    await w.find('a[href="#/sources"]').trigger('click')
    expect(w.emitted('sources')).toHaveLength(1)
    await w.find('.about__actions button').trigger('click')
    await flushPromises()
    expect(w.emitted('close')).toHaveLength(1)
    expect((w.find('dialog').element as HTMLDialogElement).open).toBe(false)
  })
})
