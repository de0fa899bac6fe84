/**
 * What the window shows when the app cannot start (its catalogue could not be read): the
 * prerendered library is replaced by a page saying what happened and what to do, written with
 * DOM calls (no HTML strings: the page's Trusted Types policy allows none here).
 */
export function showStartFailure(
  message: string,
  root: HTMLElement | null = document.getElementById('app'),
): void {
  if (!root) return
  const page = document.createElement('main')
  page.className = 'start-failed'
  page.id = 'main'
  const title = document.createElement('h1')
  title.textContent = 'The atlas could not open'
  title.tabIndex = -1
  const detail = document.createElement('p')
  detail.textContent = message
  page.append(title, detail)
  root.replaceChildren(page)
  document.title = 'The atlas could not open · Postcoital Atlas'
  title.focus()
}
