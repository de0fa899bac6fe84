import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '../../src/renderer/src/router'
import { APP_ROUTES, SAMPLE, routeNames } from './app-routes'
import { realContent } from './content'

/**
 * The accessibility tests open one page per route from APP_ROUTES. This keeps that list equal
 * to the router's: a new route without an accessibility page fails here.
 */
describe('every route has an accessibility page', () => {
  it('lists exactly the routes of the router', () => {
    expect(Object.keys(APP_ROUTES).sort()).toEqual(routeNames(routes).sort())
  })

  it('opens each page on the route it stands for', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    for (const [name, { hash }] of Object.entries(APP_ROUTES)) {
      expect(router.resolve(hash).name, hash).toBe(name)
    }
  })

  it('uses ids that are in the content, so no page is a "not found"', async () => {
    const content = await realContent()
    const topic = content.topics.find((t) => t.id === SAMPLE.module)
    expect(topic?.sections.map((s) => s.slug)).toContain(SAMPLE.section)
    expect(content.comparisons.map((c) => c.id)).toContain(SAMPLE.table)
    expect(content.hormones.map((h) => h.id)).toContain(SAMPLE.hormone)
    expect(content.conditions.map((c) => c.id)).toContain(SAMPLE.condition)
    const deck = content.decks.find((d) => d.id === SAMPLE.deck)
    expect(deck?.slides.map((s) => s.id)).toEqual(expect.arrayContaining([...SAMPLE.slides]))
  })
})
