import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => document.body.replaceChildren())

function button(label: string): HTMLButtonElement {
  const element = document.createElement('button')
  element.textContent = label
  document.body.append(element)
  return element
}

describe('handout panel store', () => {
  it('opens for a topic and closes', () => {
    const panel = useHandoutPanelStore()
    expect(panel.topicId).toBeNull()
    panel.open('leg-cramps')
    expect(panel.topicId).toBe('leg-cramps')
    panel.close()
    expect(panel.topicId).toBeNull()
  })

  it('returns focus to the element that opened it', () => {
    const panel = useHandoutPanelStore()
    const opener = button('Patient handout…')
    const inside = button('Save PDF…')
    opener.focus()
    panel.open('leg-cramps')
    inside.focus()
    expect(document.activeElement).toBe(inside)
    panel.close()
    expect(document.activeElement).toBe(opener)
  })

  it('forgets the opener once closed, so a later close does not steal focus', () => {
    const panel = useHandoutPanelStore()
    const opener = button('Patient handout…')
    const elsewhere = button('Search')
    opener.focus()
    panel.open('leg-cramps')
    panel.close()
    elsewhere.focus()
    panel.close()
    expect(document.activeElement).toBe(elsewhere)
  })
})
