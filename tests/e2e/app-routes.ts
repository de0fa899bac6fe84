import type { BrowserContext, BrowserContextOptions } from 'playwright-core'
import type { RouteRecordRaw } from 'vue-router'
import type { PageGuard } from './browser'
import type { useApp } from './fixture'

/**
 * One page for every route of the router, for the accessibility tests. Keyed by route name:
 * `app-routes.e2e.test.ts` fails when the router gains a route that is not listed here, so a
 * new screen cannot ship without its axe, reflow and keyboard checks.
 */
export interface AppRoute {
  /** The hash path to open. */
  hash: string
  /** Presenting routes fill the window: no header, no skip link. */
  bare?: true
  /** Needs a saved teaching session (see `seedSession`). */
  session?: true
}

/** Ids the pages below use; the coverage test checks each is in the real content. */
export const SAMPLE = {
  module: 'back-pain-after-sex',
  section: 'red-flags',
  table: 'red-flag-triage',
  hormone: 'oxytocin',
  condition: 'endometriosis',
  deck: 'cramps-after-orgasm',
  session: 'a11y-session',
  /** Two slides of `deck` for the saved session: a text slide and a figure. */
  slides: ['why-ask-about-it', 'three-systems-three-jobs'],
} as const

export const APP_ROUTES: Record<string, AppRoute> = {
  library: { hash: '/' },
  module: { hash: `/modules/${SAMPLE.module}/${SAMPLE.section}` },
  'compare-index': { hash: '/compare' },
  compare: { hash: `/compare/${SAMPLE.table}` },
  'reference-index': { hash: '/reference' },
  hormone: { hash: `/reference/hormones/${SAMPLE.hormone}` },
  condition: { hash: `/reference/conditions/${SAMPLE.condition}` },
  settings: { hash: '/settings' },
  sources: { hash: '/sources' },
  search: { hash: '/search?q=cramp' },
  presenter: { hash: `/present/${SAMPLE.deck}/presenter`, bare: true },
  'present-print': { hash: `/present/${SAMPLE.deck}/print`, bare: true },
  present: { hash: `/present/${SAMPLE.deck}/3`, bare: true },
  sessions: { hash: '/sessions', session: true },
  'session-presenter': {
    hash: `/sessions/${SAMPLE.session}/presenter`,
    bare: true,
    session: true,
  },
  'session-print': { hash: `/sessions/${SAMPLE.session}/print`, bare: true, session: true },
  'session-present': {
    hash: `/sessions/${SAMPLE.session}/present/2`,
    bare: true,
    session: true,
  },
  learning: { hash: '/learning' },
  'learning-stored': { hash: '/learning/stored' },
  'reflection-new': { hash: '/learning/reflections/new' },
  'reflection-draft': { hash: '/learning/reflections/draft/a11y-draft' },
  'reflection-edit': { hash: '/learning/reflections/a11y-reflection/edit' },
  'not-found': { hash: '/no-such-page' },
}

/** Route names in the router, children included. */
export function routeNames(records: readonly RouteRecordRaw[]): string[] {
  return records.flatMap((r) => [
    ...(r.name ? [String(r.name)] : []),
    ...routeNames(r.children ?? []),
  ])
}

/**
 * Saves one teaching session (two slides of the sample deck) in the browser build's store
 * before the app starts, so the session routes show a real session, not "nothing to present".
 */
export async function seedSession(context: BrowserContext): Promise<void> {
  const value = JSON.stringify({
    version: 1,
    sessions: [
      {
        id: SAMPLE.session,
        name: 'Accessibility check session',
        audience: 'GP trainees',
        targetMinutes: 20,
        items: SAMPLE.slides.map((slide) => ({ deck: SAMPLE.deck, slide })),
        updatedAt: '2026-12-01T09:00:00.000Z',
      },
    ],
  })
  await context.addInitScript((stored) => {
    if (!localStorage.getItem('atlas.present.sessions')) {
      localStorage.setItem('atlas.present.sessions', stored)
    }
  }, value)
}

/** Opens one route's page (its session saved first when it needs one) once it has settled. */
export async function openRoute(
  app: ReturnType<typeof useApp>,
  name: string,
  options: BrowserContextOptions = {},
): Promise<PageGuard> {
  const route = APP_ROUTES[name]
  if (!route) throw new Error(`No accessibility page for route ${name}`)
  const guard = await app.open(route.hash, options, route.session ? seedSession : undefined)
  await guard.page.waitForLoadState('networkidle')
  // Fonts change line breaks, and so widths: measure after they are in. Some pages render
  // in steps (a status read after the view shows): wait until the DOM has been still for a
  // moment, so no check runs on a page about to change under it.
  await guard.page.evaluate(async () => {
    await document.fonts.ready
    await new Promise<void>((settled) => {
      let timer = setTimeout(done, 300)
      const observer = new MutationObserver(() => {
        clearTimeout(timer)
        timer = setTimeout(done, 300)
      })
      function done() {
        observer.disconnect()
        settled()
      }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true })
      setTimeout(done, 5000)
    })
  })
  return guard
}
