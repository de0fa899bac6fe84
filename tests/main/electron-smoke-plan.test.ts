/**
 * What `npm run test:electron` expects, checked where the binary is absent: the method list it
 * derives from the IPC contract is exactly what the real preload exposes (electron stood in),
 * and its page list comes from the router.
 */
import { join } from 'node:path'
import { contextBridge } from 'electron'
import type { RouteRecordRaw } from 'vue-router'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectedApiMethods, topLevelPaths, windowRouteNames } from '../electron/plan'

let exposed: string[]
let routes: RouteRecordRaw[]

beforeAll(async () => {
  await import('../../src/preload/index')
  const calls = (contextBridge.exposeInMainWorld as unknown as { mock: { calls: unknown[][] } })
    .mock.calls
  exposed = Object.keys(calls.find(([name]) => name === 'api')![1] as object)
  // Loaded by path: the node-side type check has no types for the router's lazy `.vue` imports.
  const router = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'src', 'router.ts')
  routes = ((await import(/* @vite-ignore */ router)) as { routes: RouteRecordRaw[] }).routes
})

describe('the Electron smoke test plan', () => {
  it("derives window.api's methods exactly as the preload exposes them", () => {
    expect(expectedApiMethods()).toEqual([...exposed].sort())
    expect(expectedApiMethods()).toContain('exportHandout')
  })

  it('visits the library, compare, reference and settings pages directly', () => {
    const paths = topLevelPaths(routes)
    expect(paths).toEqual(expect.arrayContaining(['/', '/compare', '/reference', '/settings']))
    expect(paths.every((path) => !path.includes(':'))).toBe(true)
  })

  it('expects module and reference entry pages, but not the presenting windows or the catch-all', () => {
    const names = windowRouteNames(routes)
    expect(names).toEqual(expect.arrayContaining(['library', 'module', 'hormone', 'condition']))
    expect(names).not.toContain('not-found')
    expect(names).not.toContain('presenter')
  })
})
