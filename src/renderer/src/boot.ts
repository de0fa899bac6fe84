/**
 * The page's first script. index.html already holds the library, rendered at build time
 * (build/shell-plugin.ts), and paints it with the style sheets alone; the app's code, whose
 * evaluation is most of a start-up on a slow laptop, is run after that first frame, so the
 * clinician sees the library first instead of a blank window. Without frames (a window that is
 * never drawn) it runs after a short wait all the same.
 */
// Asks for the catalogue now, so it arrives while the app's code loads.
import './content/catalogue-fetch'

let started = false
function start(): void {
  if (started) return
  started = true
  void import('./main')
}
requestAnimationFrame(() => setTimeout(start))
setTimeout(start, 100)
