import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useBridge } from '../composables/useBridge'
import { useContent } from '../composables/useContent'
import { parseMenuCommand, runMenuCommand, type MenuActions } from './menu-commands'
import { routeReport } from './route-report'

/**
 * Connects the window to main's menus: runs each valid menu command, and reports every route
 * change so menu items follow the page. Nothing happens in a plain browser (no bridge).
 */
export function useMenuBridge(actions: MenuActions): void {
  const bridge = useBridge()
  if (!bridge) return
  const route = useRoute()
  const content = useContent()
  let stop: (() => void) | undefined

  onMounted(() => {
    stop = bridge.onMenuCommand((payload) => {
      const command = parseMenuCommand(payload)
      if (command) runMenuCommand(command, actions)
      else console.warn('[menu] ignored a command that does not match the contract')
    })
  })
  onBeforeUnmount(() => stop?.())

  watch(
    () => route.fullPath,
    () => void bridge.reportRoute(routeReport(route, content, window.history.state)),
    { immediate: true },
  )
}
