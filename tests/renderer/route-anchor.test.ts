import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import RouteAnchor from '@renderer/components/RouteAnchor.vue'

const Page = () => h('p', 'page')

function appRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      { path: '/modules/:id', component: Page },
    ],
  })
}

/** A RouteAnchor to `to` beside the router's view, at `/`. */
async function mountAnchor(to: string) {
  const router = appRouter()
  await router.push('/')
  const Host = defineComponent({
    setup() {
      return () => [h(RouteAnchor, { to }, () => 'Night cramps'), h(RouterView)]
    },
  })
  const wrapper = mount(Host, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router, link: wrapper.find('a') }
}

describe('RouteAnchor, a link that never tracks the open page', () => {
  it('links to the route as RouterLink would, and opens it on a click', async () => {
    const { router, link } = await mountAnchor('/modules/night-cramps')
    expect(link.attributes('href')).toBe(router.resolve('/modules/night-cramps').href)
    await link.trigger('click', { button: 0 })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/modules/night-cramps')
  })

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['Meta', { metaKey: true }],
    ['the middle button', { button: 1 }],
  ])('leaves a click with %s to the browser', async (_, init) => {
    const { router, link } = await mountAnchor('/modules/night-cramps')
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init })
    link.element.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(false)
    expect(router.currentRoute.value.fullPath).toBe('/')
  })

  it('is not marked when its page is open: it has no per-link state to update', async () => {
    const { router, wrapper } = await mountAnchor('/modules/night-cramps')
    await router.push('/modules/night-cramps')
    await flushPromises()
    // RouterLink would now carry aria-current="page" and its active classes.
    expect(wrapper.find('a').attributes('aria-current')).toBeUndefined()
    expect(wrapper.find('a').classes()).toEqual([])
  })
})
