import { describe, expect, it } from 'vitest'
import { installPageTitles } from '@renderer/page-titles'
import { createTestRouter } from './mount-app'

describe('the window title', () => {
  it('names the page a route shows, and leaves pages about one thing to name themselves', async () => {
    const router = createTestRouter()
    const window = { title: 'Postcoital Atlas' }
    installPageTitles(router, window)
    await router.push('/modules/cramps-after-sex')
    window.title = 'Cramps and pain after sex · Postcoital Atlas' // as the module view sets it
    await router.push('/settings')
    expect(window.title).toBe('Settings · Postcoital Atlas')
    await router.push('/modules/cramps-after-sex')
    expect(window.title).toBe('Settings · Postcoital Atlas') // untouched: the view names it
    window.title = 'Cramps and pain after sex · Postcoital Atlas'
    await router.push('/')
    expect(window.title).toBe('Postcoital Atlas')
    for (const [path, title] of [
      ['/compare', 'Comparison tables · Postcoital Atlas'],
      ['/reference', 'Reference · Postcoital Atlas'],
      ['/sources', 'Content sources and review · Postcoital Atlas'],
      ['/no-such-page', 'Not found · Postcoital Atlas'],
    ]) {
      await router.push(path!)
      expect(window.title).toBe(title)
    }
  })
})
