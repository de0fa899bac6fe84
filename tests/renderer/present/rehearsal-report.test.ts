import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { Slide } from '@shared/content/model'
import RehearsalReport from '@renderer/present/components/RehearsalReport.vue'
import type { PresentedSlide } from '@renderer/present/presentation'

const slide = (id: string, title: string): PresentedSlide => ({
  key: `deck/${id}`,
  deck: 'deck',
  slide: { id, title, minutes: 1 } as Slide,
})

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function report(open: boolean) {
  wrapper = mount(RehearsalReport, {
    attachTo: document.body,
    props: {
      open,
      slides: [slide('title', 'Opening'), slide('flags', 'Red flags')],
      rehearsed: [120, null],
      budgetsMs: [60_000, 60_000],
      kept: false,
    },
  })
  return { wrapper, dialog: wrapper.get('dialog').element as HTMLDialogElement }
}

describe('the rehearsal report', () => {
  // The console makes it only when it is asked for, already open.
  it('is shown as soon as it is made open, with a row per slide', () => {
    const { wrapper, dialog } = report(true)
    expect(dialog.open).toBe(true)
    const rows = wrapper.findAll('tbody tr').map((row) => row.text())
    expect(rows[0]).toContain('1. Opening')
    expect(rows[0]).toContain('1:00 over')
    expect(rows[1]).toContain('not shown')
  })

  it('closes when told to, and says so when its own Close closes it', async () => {
    const { wrapper, dialog } = report(false)
    expect(dialog.open).toBe(false)
    await wrapper.setProps({ open: true })
    expect(dialog.open).toBe(true)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Close')!
      .trigger('click')
    expect(dialog.open).toBe(false)
    expect(wrapper.emitted('close')).toBeTruthy()
  })
})
