import type { Component } from 'vue'
import {
  createRouter,
  createWebHashHistory,
  START_LOCATION,
  type RouteRecordNormalized,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import { presentRoutes } from './present/present-routes'
import { learningRoutes } from './learning/learning-routes'
import { afterNextPaint, whenIdle } from './when-idle'

/** Stable, deep-linkable routes (hash history: the app is served as static files). */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'library',
    component: () => import('./views/LibraryView.vue'),
    meta: { title: 'Library' },
  },
  {
    path: '/modules/:id/:section?',
    name: 'module',
    component: () => import('./views/ModuleView.vue'),
  },
  {
    path: '/compare',
    name: 'compare-index',
    component: () => import('./views/CompareIndexView.vue'),
    meta: { title: 'Comparison tables' },
  },
  { path: '/compare/:id', name: 'compare', component: () => import('./views/CompareView.vue') },
  {
    path: '/reference',
    name: 'reference-index',
    component: () => import('./views/ReferenceIndexView.vue'),
    meta: { title: 'Reference' },
  },
  {
    path: '/reference/hormones/:id',
    name: 'hormone',
    component: () => import('./views/ReferenceEntryView.vue'),
    props: { kind: 'hormone' },
  },
  {
    path: '/reference/conditions/:id',
    name: 'condition',
    component: () => import('./views/ReferenceEntryView.vue'),
    props: { kind: 'condition' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./settings/SettingsView.vue'),
    meta: { title: 'Settings' },
  },
  {
    path: '/sources',
    name: 'sources',
    component: () => import('./sources/SourcesView.vue'),
    meta: { title: 'Content sources and review' },
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('./search/views/SearchView.vue'),
    meta: { title: 'Search' },
  },
  ...presentRoutes,
  ...learningRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { title: 'Not found' },
  },
]

/**
 * The app's router. `startPage` is the library view itself, which main.ts passes so that it
 * ships in the entry chunk: the first page then needs no second round trip before it paints.
 */
export function createAtlasRouter(
  startPage?: Component,
  history: RouterHistory = createWebHashHistory(),
): Router {
  return createRouter({
    history,
    routes: startPage
      ? routes.map((route) =>
          route.name === 'library' ? ({ ...route, component: startPage } as RouteRecordRaw) : route,
        )
      : routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      // A page that has just opened is at the top already; scrolling there would lay it out
      // before its first paint.
      if (from === START_LOCATION) return false
      // Module views scroll to their section themselves once the text is laid out.
      if (to.name === 'module') return false
      return { top: 0 }
    },
  })
}

/**
 * Loads the code of the routes a reader goes to next from the library (a module, their
 * learning record) as soon as the first page has been painted, so neither waits for it: not
 * when the app is idle, which at start-up came about a second later, after a clinician going
 * straight to their learning record had already clicked.
 */
export function prefetchLikelyRoutes(
  router: Router,
  names: string[] = ['module', 'learning'],
  later: string[] = ['presenter'],
): void {
  afterNextPaint(() => {
    loadRouteCode(router, names)
    // The presenter console (a module's Present button) is rarer: its code, the largest of
    // a route, comes when the app is idle, and Present then opens without fetching it.
    whenIdle(() => loadRouteCode(router, later))
  })
}

/** Loads the code of the named routes' views, as navigating to them would. */
function loadRouteCode(router: Router, names: string[]): void {
  for (const record of router.getRoutes())
    if (names.includes(String(record.name))) loadViewCode(record)
}

/** Starts loading a route record's view if it is lazy; a failure is met again on navigation. */
export function loadViewCode(record: RouteRecordNormalized): void {
  const load = record.components?.default
  // A lazy route is a function returning the import (a component is an object).
  if (typeof load === 'function') void (load as () => Promise<unknown>)().catch(() => undefined)
}
