/**
 * Builds the installers' icons from packaging/icon.svg: PNGs for Linux (each size rendered from
 * the SVG, so small ones stay sharp), icon.ico for Windows and icon.icns for macOS.
 * Run by `npm run icons` (and so by `npm run dist`); the output folder is not committed.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import png2icons from 'png2icons'

export const ICON_SOURCE = resolve(import.meta.dirname, 'icon.svg')
export const ICON_OUT = resolve(import.meta.dirname, 'icons')

/** The sizes desktop environments look for in hicolor themes (electron-builder copies them). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const

/**
 * macOS icons keep a transparent margin (824 of 1024 pixels drawn, per Apple's template) so the
 * app sits at the same size as its neighbours in the Dock; Windows and Linux use the full square.
 */
const MAC_DRAWN_SHARE = 824 / 1024

let wasmReady: Promise<void> | undefined

function initRenderer(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url)
    await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
  })()
  return wasmReady
}

/** The SVG with `share` of its width drawn and the rest a transparent margin around it. */
function withMargin(svg: string, share: number): string {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number)
  if (viewBox?.length !== 4) throw new Error('icon.svg needs a viewBox="x y width height"')
  const [x, y, width, height] = viewBox as [number, number, number, number]
  const pad = (width / share - width) / 2
  const padded = `${x - pad} ${y - pad} ${width + 2 * pad} ${height + 2 * pad}`
  return svg.replace(/viewBox="[^"]*"/, `viewBox="${padded}"`)
}

async function render(svg: string, size: number, share: number) {
  await initRenderer()
  const source = share === 1 ? svg : withMargin(svg, share)
  const image = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render()
  if (image.width !== size || image.height !== size) {
    throw new Error(`icon.svg must be square: it rendered ${image.width}×${image.height}`)
  }
  return image
}

/** One square PNG of the icon, `size` pixels wide. */
export async function renderIcon(svg: string, size: number, share = 1): Promise<Buffer> {
  return Buffer.from((await render(svg, size, share)).asPng())
}

/** The same image as RGBA bytes, row by row (for checking what a small icon shows). */
export async function renderIconPixels(svg: string, size: number): Promise<Uint8Array> {
  return (await render(svg, size, 1)).pixels
}

export interface BuiltIcons {
  pngs: string[]
  ico: string
  icns: string
}

/** Writes png/<n>x<n>.png, icon.ico and icon.icns under `outDir` (replacing what was there). */
export async function buildIcons(svgPath = ICON_SOURCE, outDir = ICON_OUT): Promise<BuiltIcons> {
  const svg = await readFile(svgPath, 'utf8')
  await rm(outDir, { recursive: true, force: true })
  await mkdir(join(outDir, 'png'), { recursive: true })

  const pngs: string[] = []
  for (const size of LINUX_SIZES) {
    const file = join(outDir, 'png', `${size}x${size}.png`)
    await writeFile(file, await renderIcon(svg, size))
    pngs.push(file)
  }

  // png2icons scales one large master down to every size each format holds. PNG entries at
  // every size keep the anti-aliased edges: Electron 45 needs Windows 10, which reads them.
  const ico = png2icons.createICO(await renderIcon(svg, 1024), png2icons.BICUBIC2, 0, true, false)
  const icns = png2icons.createICNS(
    await renderIcon(svg, 1024, MAC_DRAWN_SHARE),
    png2icons.BICUBIC2,
    0,
  )
  if (!ico || !icns) throw new Error('png2icons could not convert the rendered icon')
  const icoPath = join(outDir, 'icon.ico')
  const icnsPath = join(outDir, 'icon.icns')
  await writeFile(icoPath, ico)
  await writeFile(icnsPath, icns)
  return { pngs, ico: icoPath, icns: icnsPath }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = await buildIcons()
  console.log(
    `Icons built from packaging/icon.svg: ${built.pngs.length} PNGs, icon.ico, icon.icns in packaging/icons/`,
  )
}
