import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { AtlasApi } from '@shared/ipc/api'
import { DEFAULT_SETTINGS, type Settings } from '@shared/ipc/settings'
import type { IpcResult } from '@shared/ipc/result'
import type { ExportedHandout } from '@shared/ipc/handouts'
import type { ContentIndex } from '@renderer/content/content-index'
import HandoutPanel from '@renderer/handouts/HandoutPanel.vue'
import { useSettingsStore } from '@renderer/settings/settings-store'
import { guessNoteLanguage } from '@renderer/handouts/note-language'
import { fixtureIndex } from './content'
import { globalFor, harness, type Harness } from './mount-app'

/** Once the note's language guesser has loaded and the panel has taken its latest guess. */
async function guessesSettled(): Promise<void> {
  await guessNoteLanguage('loaded')
  await flushPromises()
}

// happy-dom 21 implements HTMLDialogElement.showModal/close (and the `close` event), so the
// real dialog is used; no stub is needed.

let index: ContentIndex
let h: Harness
let wrapper: VueWrapper | undefined

beforeAll(async () => {
  index = await fixtureIndex()
})
beforeEach(() => {
  h = harness(index)
  localStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  delete window.api
  localStorage.clear()
})

const REMEMBERED: Settings = {
  ...DEFAULT_SETTINGS,
  clinic: {
    name: 'Riverside Practice',
    phone: '0161 496 0000',
    website: 'riverside.example',
    email: '',
    lang: '',
  },
  handout: { paper: 'letter', largePrint: true },
}
const SAVED: ExportedHandout = {
  fileName: 'leg-cramps-handout.pdf',
  path: '/home/gp/Documents/leg-cramps-handout.pdf',
  token: 'token-7',
  pages: 2,
  bytes: 48_000,
}
const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
const fail = (code: 'cancelled' | 'write-failed', message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
})

/** A stand-in for the preload bridge with the calls the panel makes. */
function fakeBridge(exported: IpcResult<ExportedHandout> = ok(SAVED)) {
  const bridge = {
    getSettings: vi.fn(async () => ok({ settings: structuredClone(REMEMBERED), notice: null })),
    saveSettings: vi.fn(async (settings: Settings) => ok(settings)),
    exportHandout: vi.fn(async () => exported),
    openExportedFile: vi.fn(async (): Promise<IpcResult<null>> => ok(null)),
    showExportedFile: vi.fn(async (): Promise<IpcResult<null>> => ok(null)),
  }
  window.api = bridge as unknown as AtlasApi
  return bridge
}

/** Mounts closed, as App.vue does (settings already loaded), then opens for the fixture module. */
async function openPanel(): Promise<VueWrapper> {
  await useSettingsStore(h.pinia).load()
  wrapper = mount(HandoutPanel, {
    props: { topicId: null },
    global: globalFor(h),
    attachTo: document.body,
  })
  await wrapper.setProps({ topicId: 'leg-cramps' })
  await flushPromises()
  return wrapper
}

const dialog = (w: VueWrapper) => w.find('dialog').element as HTMLDialogElement
const input = (w: VueWrapper, label: string) =>
  w
    .findAll('label')
    .find((l) => l.text().startsWith(label))!
    .find('input, textarea')
const value = (w: VueWrapper, label: string) => (input(w, label).element as HTMLInputElement).value
const saveButton = (w: VueWrapper) => w.findAll('button').find((b) => b.text() === 'Save PDF…')
const button = (w: VueWrapper, text: string) => w.findAll('button').find((b) => b.text() === text)!

describe('HandoutPanel in a plain browser (no bridge)', () => {
  it('opens as a modal dialog showing the handout and its preview', async () => {
    const w = await openPanel()
    expect(dialog(w).open).toBe(true)
    expect(w.find('#handout-title').text()).toBe('Leg cramps after sex')
    expect(w.find('.panel__preview h1').text()).toBe('Leg cramps after sex')
  })

  it('says saving needs the desktop app and offers no Save button', async () => {
    const w = await openPanel()
    expect(w.find('[role="note"]').text()).toContain(
      'Saving PDFs needs the Postcoital Atlas desktop app',
    )
    expect(saveButton(w)).toBeUndefined()
  })

  it('says no clinic details are set and that lines will print instead', async () => {
    const w = await openPanel()
    expect(w.find('.clinic').text()).toContain('None set: the handout prints labelled lines')
    expect(w.find('.clinic input').exists()).toBe(false)
  })

  it('links to Settings to edit clinic details, closing the panel first', async () => {
    const w = await openPanel()
    const link = w.find('a.clinic__edit')
    expect(link.text()).toBe('Edit clinic details in Settings')
    await link.trigger('click')
    expect(dialog(w).open).toBe(false)
    await vi.waitFor(() =>
      expect(h.router.currentRoute.value.fullPath).toBe('/settings?section=clinic'),
    )
  })

  it('tells its owner when the dialog closes', async () => {
    const w = await openPanel()
    await button(w, 'Close').trigger('click')
    expect(dialog(w).open).toBe(false)
    expect(w.emitted('close')).toHaveLength(1)
  })
})

describe('HandoutPanel in the desktop app', () => {
  it('shows the clinic details from Settings as they will print, and starts from the handout defaults', async () => {
    const bridge = fakeBridge()
    const w = await openPanel()
    expect(bridge.getSettings).toHaveBeenCalledOnce()
    const shown = w.findAll('.clinic dd').map((dd) => dd.text())
    expect(shown).toEqual(['Riverside Practice', '0161 496 0000', 'riverside.example'])
    expect(w.find('.panel__preview').text()).toContain('Riverside Practice')
    expect((w.find('input[value="letter"]').element as HTMLInputElement).checked).toBe(true)
    expect((w.find('input[type="checkbox"]').element as HTMLInputElement).checked).toBe(true)
    expect(w.find('[role="note"]').exists()).toBe(false)
  })

  it('exports with the clinic from Settings and this handout’s paper and note, changing no setting', async () => {
    const bridge = fakeBridge()
    const w = await openPanel()
    await w.find('input[value="a4"]').setValue(true)
    await input(w, 'Note for this patient').setValue('Review in 2 weeks.')
    await w.find('form').trigger('submit')
    await flushPromises()

    expect(bridge.exportHandout).toHaveBeenCalledExactlyOnceWith({
      topicId: 'leg-cramps',
      options: {
        paper: 'a4',
        largePrint: true,
        clinic: REMEMBERED.clinic,
        note: 'Review in 2 weeks.',
        noteLang: '',
      },
    })
    // A4 was for this handout: the default in Settings stays US Letter.
    expect(bridge.saveSettings).not.toHaveBeenCalled()
    expect(useSettingsStore(h.pinia).settings.handout.paper).toBe('letter')
  })

  it('follows clinic details changed in Settings while it is open', async () => {
    fakeBridge()
    const w = await openPanel()
    await useSettingsStore(h.pinia).update('clinic', { name: 'Hilltop Surgery' })
    await flushPromises()
    expect(w.find('.clinic dd').text()).toBe('Hilltop Surgery')
    expect(w.find('.panel__preview').text()).toContain('Hilltop Surgery')
  })

  it('offers the language a note seems to be in, and exports the language chosen', async () => {
    const bridge = fakeBridge()
    const w = await openPanel()
    expect(w.text()).toContain('Latin, Greek and Cyrillic letters')
    await input(w, 'Note for this patient').setValue(
      'Appelez-nous si la douleur revient ou si elle devient plus forte après un rapport.',
    )
    // The guesser is loaded with the first note written.
    await vi.waitFor(() => expect(w.find('.suggest').exists()).toBe(true))
    const suggestion = w.find('.suggest')
    expect(suggestion.text()).toContain('This note looks like French')
    await suggestion.find('button').trigger('click')
    expect(w.find('.suggest').exists()).toBe(false)
    expect(w.find('textarea').attributes('lang')).toBe('fr')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(bridge.exportHandout).toHaveBeenCalledWith(
      expect.objectContaining({ options: expect.objectContaining({ noteLang: 'fr' }) }),
    )
  })

  it('does not guess a language for an English or very short note', async () => {
    fakeBridge()
    const w = await openPanel()
    await input(w, 'Note for this patient').setValue('Review in 2 weeks.')
    await guessesSettled()
    expect(w.find('.suggest').exists()).toBe(false)
    await input(w, 'Note for this patient').setValue(
      'Please call us if the pain comes back or gets worse after sex.',
    )
    await guessesSettled()
    expect(w.find('.suggest').exists()).toBe(false)
  })

  it('shows the saved file, with Open and Show in folder acting on its token', async () => {
    const bridge = fakeBridge()
    const w = await openPanel()
    await w.find('form').trigger('submit')
    await flushPromises()
    const status = w.find('[role="status"]')
    expect(status.find('.status__ok').text().replace(/\s+/g, ' ')).toBe(
      'Saved leg-cramps-handout.pdf (2 pages, 47 KB).',
    )
    expect(status.find('.status__path').text()).toBe(SAVED.path)
    await button(w, 'Open').trigger('click')
    await button(w, 'Show in folder').trigger('click')
    expect(bridge.openExportedFile).toHaveBeenCalledExactlyOnceWith('token-7')
    expect(bridge.showExportedFile).toHaveBeenCalledExactlyOnceWith('token-7')
  })

  it('shows that it is working and cannot be pressed twice while the PDF is made', async () => {
    const bridge = fakeBridge()
    let finish!: (result: IpcResult<ExportedHandout>) => void
    bridge.exportHandout.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    const w = await openPanel()
    await w.find('form').trigger('submit')
    const busy = w.find('button[type="submit"]')
    expect(busy.text()).toBe('Making the PDF…')
    expect(busy.attributes('disabled')).toBeDefined()
    finish(ok(SAVED))
    await flushPromises()
    expect(w.find('button[type="submit"]').text()).toBe('Save PDF…')
  })

  it('says "Not saved" when the save dialog is cancelled, and remembers nothing', async () => {
    const bridge = fakeBridge(fail('cancelled', 'The save dialog was closed.'))
    const w = await openPanel()
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[role="status"]').text()).toBe('Not saved: the save dialog was closed.')
    expect(w.find('[role="alert"]').exists()).toBe(false)
    expect(bridge.saveSettings).not.toHaveBeenCalled()
  })

  it('shows a failure message as an alert, and remembers nothing', async () => {
    const message = 'The PDF could not be saved there. Choose another folder.'
    const bridge = fakeBridge(fail('write-failed', message))
    const w = await openPanel()
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[role="alert"]').text()).toBe(message)
    expect(w.find('.status__ok').exists()).toBe(false)
    expect(bridge.saveSettings).not.toHaveBeenCalled()
  })

  it('shows an error when the saved file cannot be opened', async () => {
    const bridge = fakeBridge()
    bridge.openExportedFile.mockResolvedValueOnce(
      fail('write-failed', 'That file has moved or been deleted.'),
    )
    const w = await openPanel()
    await w.find('form').trigger('submit')
    await flushPromises()
    await button(w, 'Open').trigger('click')
    await flushPromises()
    expect(w.find('[role="alert"]').text()).toBe('That file has moved or been deleted.')
  })

  it('starts afresh (no status, empty note) when opened again', async () => {
    fakeBridge()
    const w = await openPanel()
    await input(w, 'Note for this patient').setValue('Only for this patient.')
    await w.find('form').trigger('submit')
    await flushPromises()
    await w.setProps({ topicId: null })
    await w.setProps({ topicId: 'leg-cramps' })
    await flushPromises()
    expect(value(w, 'Note for this patient')).toBe('')
    expect(w.find('.status__ok').exists()).toBe(false)
  })
})
