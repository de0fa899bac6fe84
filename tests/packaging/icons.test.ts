/**
 * The icon build: real rendering of packaging/icon.svg (resvg) and real ICO/ICNS output
 * (png2icons), read back at the byte level as Windows and macOS read them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildIcons,
  ICON_SOURCE,
  LINUX_SIZES,
  renderIconPixels,
  type BuiltIcons,
} from '../../packaging/build-icons'

let dir: string
let built: BuiltIcons

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-icons-'))
  built = await buildIcons(ICON_SOURCE, dir)
}, 60_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * R + 0.7152 * G + 0.0722 * B
}

describe('Linux PNGs', () => {
  it('are square PNGs at every hicolor size, named as desktops look them up', async () => {
    expect(built.pngs.map((p) => p.split('/').pop())).toEqual(
      LINUX_SIZES.map((s) => `${s}x${s}.png`),
    )
    for (const [i, size] of LINUX_SIZES.entries()) {
      expect(pngSize(await readFile(built.pngs[i]!))).toEqual([size, size])
    }
  })

  it('at 16 px, the open book stands out from the tile (at least 3:1, as WCAG asks of icons)', async () => {
    const rgba = await renderIconPixels(await readFile(ICON_SOURCE, 'utf8'), 16)
    const at = (x: number, y: number) => {
      const i = (y * 16 + x) * 4
      return [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!] as const
    }
    const tile = at(8, 1) // above the book, inside the rounded square
    const page = at(4, 6) // the left page, above the trace
    expect(tile[3]).toBe(255)
    expect(page[3]).toBe(255)
    const lt = luminance(tile[0], tile[1], tile[2])
    const lp = luminance(page[0], page[1], page[2])
    const contrast = (Math.max(lt, lp) + 0.05) / (Math.min(lt, lp) + 0.05)
    expect(contrast).toBeGreaterThanOrEqual(3)
    // The corners are transparent: the tile is rounded, not a square block.
    expect(at(0, 0)[3]).toBeLessThan(128)
  })
})

describe('Windows ICO', () => {
  it('holds PNG images from 16 to 256 px, as its directory says', async () => {
    const ico = await readFile(built.ico)
    expect(ico.readUInt16LE(0)).toBe(0) // reserved
    expect(ico.readUInt16LE(2)).toBe(1) // 1 = icon
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i
      const width = ico[entry] || 256
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset + length).toBeLessThanOrEqual(ico.length)
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([width, width])
      sizes.push(width)
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]))
  })
})

describe('macOS ICNS', () => {
  it('is a well-formed icns whose chunks cover 16 px to 1024 px (512@2x)', async () => {
    const icns = await readFile(built.icns)
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let at = 8; at < icns.length;) {
      const length = icns.readUInt32BE(at + 4)
      expect(length).toBeGreaterThan(8)
      types.push(icns.subarray(at, at + 4).toString('latin1'))
      at += length
    }
    // 128, 256, 512 and 1024 px images (ic07–ic10), and the 16 and 32 px ones in some form.
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']))
    expect(types.some((t) => ['icp4', 'is32', 'ic04'].includes(t))).toBe(true)
    expect(types.some((t) => ['icp5', 'il32', 'ic05', 'ic11'].includes(t))).toBe(true)
  })
})
