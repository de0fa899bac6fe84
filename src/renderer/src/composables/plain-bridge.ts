import { toRaw } from 'vue'
import type { AtlasApi } from '@shared/ipc/api'

/**
 * A copy of `value` made of plain objects and arrays. Vue's reactive state is a Proxy, and
 * the preload bridge copies arguments with the structured-clone algorithm, which refuses a
 * Proxy ("could not be cloned"): a reflection typed into a reactive form would never reach main.
 */
export function plainData<T>(value: T): T {
  const raw = toRaw(value) as unknown
  if (Array.isArray(raw)) return raw.map((item) => plainData(item)) as T
  if (raw !== null && typeof raw === 'object') {
    const prototype = Object.getPrototypeOf(raw) as unknown
    if (prototype !== Object.prototype && prototype !== null) return raw as T
    return Object.fromEntries(Object.entries(raw).map(([key, item]) => [key, plainData(item)])) as T
  }
  return raw as T
}

const wrapped = new WeakMap<AtlasApi, AtlasApi>()

/**
 * The bridge with every call's arguments made plain first, so no caller has to remember to.
 * Subscriptions (`on<Event>`) take a callback and are passed through as they are. Methods are
 * looked up when used, so a bridge whose methods are not own properties works the same.
 */
export function plainBridge(api: AtlasApi): AtlasApi {
  let bridge = wrapped.get(api)
  if (!bridge) {
    const methods = new Map<string, unknown>()
    bridge = new Proxy(api, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown
        if (typeof name !== 'string' || typeof value !== 'function' || /^on[A-Z]/.test(name))
          return value
        if (!methods.has(name)) {
          const method = value as (...args: unknown[]) => unknown
          methods.set(name, (...args: unknown[]) => method(...args.map(plainData)))
        }
        return methods.get(name)
      },
    })
    wrapped.set(api, bridge)
  }
  return bridge
}
