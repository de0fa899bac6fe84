import { createRouter, createWebHashHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { presentRoutes } from './present/present-routes'
import { learningRoutes } from './learning/learning-routes'

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
  },
  { path: '/compare/:id', name: 'compare', component: () => import('./views/CompareView.vue') },
  {
    path: '/reference',
    name: 'reference-index',
    component: () => import('./views/ReferenceIndexView.vue'),
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

export function createAtlasRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition
      // Module views scroll to their section themselves once the text is laid out.
      if (to.name === 'module') return false
      return { top: 0 }
    },
  })
}
