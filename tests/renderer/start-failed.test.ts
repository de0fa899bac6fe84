import { afterEach, describe, expect, it } from 'vitest'
import { showStartFailure } from '@renderer/start-failed'

afterEach(() => {
  document.body.replaceChildren()
})

describe('the page shown when the app cannot start', () => {
  it('replaces the prerendered library with what happened and what to do, focused', () => {
    const root = document.createElement('div')
    root.id = 'app'
    root.innerHTML = '<div class="app-shell" inert><a class="card">A card</a></div>'
    document.body.append(root)
    showStartFailure('Could not be read (HTTP 404). Reinstall the app.')
    expect(root.querySelector('.card')).toBeNull()
    expect(root.querySelector('main h1')?.textContent).toBe('The atlas could not open')
    expect(root.querySelector('main p')?.textContent).toBe(
      'Could not be read (HTTP 404). Reinstall the app.',
    )
    expect(document.activeElement).toBe(root.querySelector('h1'))
    expect(document.title).toBe('The atlas could not open · Postcoital Atlas')
  })

  it('writes the message as text, never as markup', () => {
    const root = document.createElement('div')
    document.body.append(root)
    showStartFailure('<img src=x onerror=alert(1)> failed', root)
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)> failed')
  })
})
