import { inject } from 'vue'
import { CONTENT_KEY, type ContentIndex } from '../content/content-index'

/** The compiled content, provided once by the app (and by tests, with fixture content). */
export function useContent(): ContentIndex {
  const content = inject(CONTENT_KEY)
  if (!content) throw new Error('Content was not provided to the app')
  return content
}
