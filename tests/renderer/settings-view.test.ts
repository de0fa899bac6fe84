import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { AtlasApi } from '@shared/ipc/api'
import { DEFAULT_SETTINGS, type Settings } from '@shared/ipc/settings'
import { ok } from '@shared/ipc/result'
import type { ContentIndex } from '@renderer/content/content-index'
import SettingsView from '@renderer/settings/SettingsView.vue'
import { SETTINGS_PAGE_SECTIONS } from '@renderer/settings/settings-sections'
import { useSettingsStore } from '@renderer/settings/settings-store'
import { fixtureIndex } from './content'
import { at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness
let wrapper: VueWrapper | undefined
let saved: Settings[]

beforeAll(async () => {
  index = await fixtureIndex()
})
beforeEach(() => {
  h = harness(index)
  saved = []
  window.api = {
    getSettings: vi.fn(async () =>
      ok({ settings: structuredClone(DEFAULT_SETTINGS), notice: null }),
    ),
    // The learning record's own section asks for its record; it is not under test here.
    getLearning: vi.fn(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'No record.' },
    })),
    saveSettings: vi.fn(async (s: Settings) => {
      saved.push(s)
      return ok(s)
    }),
  } as unknown as AtlasApi
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  delete window.api
  vi.useRealTimers()
})

async function open(path = '/settings'): Promise<VueWrapper> {
  await useSettingsStore(h.pinia).load()
  await at(h, path)
  wrapper = mount(SettingsView, { global: globalFor(h), attachTo: document.body })
  await flushPromises()
  return wrapper
}
const last = () => saved.at(-1)!

describe('the settings page', () => {
  it('is composed from the section list, in order, each with its heading', async () => {
    const w = await open()
    const headings = w.findAll('section > h2').map((h2) => h2.text())
    expect(headings).toEqual([...SETTINGS_PAGE_SECTIONS.map((s) => s.title), 'Start again'])
    expect(headings.slice(0, 4)).toEqual([
      'Display',
      'Presenting',
      'Clinic details',
      'Handout defaults',
    ])
  })

  it('applies and saves a theme, text size and motion choice at once', async () => {
    const w = await open()
    await w.find('input[name="theme"][value="dark"]').setValue(true)
    await w.find('input[name="motion"][value="reduce"]').setValue(true)
    await flushPromises()
    expect(last().display).toEqual({ theme: 'dark', textSize: 'normal', motion: 'reduce' })
    expect(document.documentElement.dataset['theme']).toBe('dark')
    expect(document.documentElement.dataset['motion']).toBe('reduce')
    expect(w.find('[role="status"]').text()).toBe('All changes saved.')
  })

  it('saves each valid clinic field, and says which one was not saved and why', async () => {
    const w = await open()
    await w.find('#clinic-phone').setValue('020 7946 0000')
    await w.find('#clinic-phone').trigger('change')
    await w.find('#clinic-website').setValue('javascript:alert(1)')
    await w.find('#clinic-website').trigger('change')
    await flushPromises()
    expect(last().clinic).toMatchObject({ phone: '020 7946 0000', website: '' })
    expect(w.find('#clinic-website').attributes('aria-invalid')).toBe('true')
    expect(w.find('#clinic-website-error').text()).toMatch(
      /^Not saved: Enter the website as an address such as riverside\.nhs\.uk/,
    )
    await w.find('#clinic-website').setValue('riverside.nhs.uk')
    await w.find('#clinic-website').trigger('change')
    await flushPromises()
    expect(last().clinic.website).toBe('riverside.nhs.uk')
    expect(w.find('#clinic-website-error').exists()).toBe(false)
  })

  it('saves a clinic field a moment after typing stops, without waiting for it to be left', async () => {
    vi.useFakeTimers()
    const w = await open()
    const before = saved.length
    const name = w.find('#clinic-name')
    ;(name.element as HTMLInputElement).value = 'Hilltop Surgery'
    await name.trigger('input')
    expect(saved.length).toBe(before)
    await vi.advanceTimersByTimeAsync(600)
    expect(last().clinic.name).toBe('Hilltop Surgery')
  })

  it('resets everything only after confirmation', async () => {
    const w = await open()
    const store = useSettingsStore(h.pinia)
    await store.update('clinic', { name: 'Riverside' })
    await w
      .findAll('button')
      .find((b) => b.text() === 'Reset all settings…')!
      .trigger('click')
    const dialog = w.find('dialog.confirm').element as HTMLDialogElement
    expect(dialog.open).toBe(true)
    await w
      .findAll('dialog.confirm button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click')
    expect(store.settings.clinic.name).toBe('Riverside')

    await w
      .findAll('button')
      .find((b) => b.text() === 'Reset all settings…')!
      .trigger('click')
    await w
      .findAll('dialog.confirm button')
      .find((b) => b.text() === 'Reset all settings')!
      .trigger('click')
    await flushPromises()
    expect(last()).toEqual(DEFAULT_SETTINGS)
    expect((w.find('#clinic-name').element as HTMLInputElement).value).toBe('')
    expect(w.text()).toContain('All settings are back to their defaults.')
  })

  it('opens at the section a link names (the handout panel’s “Edit clinic details”)', async () => {
    await open('/settings?section=clinic')
    expect(document.activeElement?.id).toBe('settings-clinic-title')
  })
})
