import type { RouteRecordRaw } from 'vue-router'

/** The learning record's pages. Reflections are always edited as a draft, so nothing is lost. */
const ID = '([a-z0-9-]+)'
const reflection = () => import('./ReflectionView.vue')

export const learningRoutes: RouteRecordRaw[] = [
  {
    path: '/learning',
    name: 'learning',
    component: () => import('./LearningView.vue'),
    meta: { title: 'Learning record' },
  },
  {
    path: '/learning/stored',
    name: 'learning-stored',
    component: () => import('./StoredView.vue'),
    meta: { title: 'What is stored' },
  },
  { path: '/learning/reflections/new', name: 'reflection-new', component: reflection },
  {
    path: `/learning/reflections/draft/:draft${ID}`,
    name: 'reflection-draft',
    component: reflection,
  },
  {
    path: `/learning/reflections/:reflection${ID}/edit`,
    name: 'reflection-edit',
    component: reflection,
  },
]
