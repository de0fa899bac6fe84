import type { Router } from 'vue-router'

/**
 * Names the window after the page it shows (what a screen reader announces and the taskbar
 * shows). Pages about one thing (a module, an entry, a table, a deck) name it themselves once
 * it is known and have no route title; every other page takes its route's title here, so going
 * back to the library from a module no longer leaves the module's name on the window.
 */
export function installPageTitles(router: Router, document: Pick<Document, 'title'>): void {
  router.afterEach((to, _from, failure) => {
    const title = to.meta['title']
    if (failure || typeof title !== 'string') return
    document.title = title === 'Library' ? 'Postcoital Atlas' : `${title} · Postcoital Atlas`
  })
}
