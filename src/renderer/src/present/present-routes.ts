import type { RouteRecordRaw } from 'vue-router'

/**
 * Routes of presenting. `bare` routes fill the window: no app header, as a projector or a
 * presenter console needs. A deck is named by its module id; a session by its own id.
 */
const audience = () => import('./views/AudienceView.vue')
const presenter = () => import('./views/PresenterView.vue')
const print = () => import('./views/PrintView.vue')
const ID = '([a-z0-9-]+)'

export const presentRoutes: RouteRecordRaw[] = [
  {
    path: `/present/:deck${ID}/presenter`,
    name: 'presenter',
    component: presenter,
    meta: { bare: true },
  },
  {
    path: `/present/:deck${ID}/print`,
    name: 'present-print',
    component: print,
    meta: { bare: true },
  },
  {
    path: `/present/:deck${ID}/:n(\\d+)?`,
    name: 'present',
    component: audience,
    meta: { bare: true },
  },
  {
    path: '/sessions',
    name: 'sessions',
    component: () => import('./views/SessionsView.vue'),
    meta: { title: 'Teaching sessions' },
  },
  {
    path: `/sessions/:session${ID}/presenter`,
    name: 'session-presenter',
    component: presenter,
    meta: { bare: true },
  },
  {
    path: `/sessions/:session${ID}/print`,
    name: 'session-print',
    component: print,
    meta: { bare: true },
  },
  {
    path: `/sessions/:session${ID}/present/:n(\\d+)?`,
    name: 'session-present',
    component: audience,
    meta: { bare: true },
  },
]
