import { describe, expect, it } from 'vitest'
import type { OutputBundle } from 'rolldown'
import { withBuiltAssets, withoutStyleAttributes } from '../../build/shell-plugin'

const ROOT = '/repo/src/renderer'

/** A bundle with one emitted asset, as rolldown describes it. */
function bundleWith(fileName: string, originalFileNames: string[]): OutputBundle {
  return {
    [fileName]: { type: 'asset', fileName, originalFileNames, names: [], source: '' },
  } as unknown as OutputBundle
}

describe('the prerendered library, made fit for index.html', () => {
  it('points source asset URLs at the files the build emitted', () => {
    const page = '<img src="/src/assets/icons/atlas.svg" alt><a href="#/compare">Compare</a>'
    for (const original of ['src/assets/icons/atlas.svg', `${ROOT}/src/assets/icons/atlas.svg`])
      expect(withBuiltAssets(page, bundleWith('assets/atlas-123.svg', [original]), ROOT)).toBe(
        '<img src="./assets/atlas-123.svg" alt><a href="#/compare">Compare</a>',
      )
  })

  it('fails the build on a URL the build did not emit, rather than ship a broken image', () => {
    const page = '<img src="/src/assets/icons/missing.svg" alt>'
    const bundle = bundleWith('assets/atlas-123.svg', ['src/assets/icons/atlas.svg'])
    expect(() => withBuiltAssets(page, bundle, ROOT)).toThrow(
      /uses \/src\/assets\/icons\/missing\.svg, not in the build/,
    )
  })

  it("turns v-show's style attribute, which the CSP would ignore, into hidden", () => {
    expect(withoutStyleAttributes('<div class="popup" style="display:none;">x</div>')).toBe(
      '<div class="popup" hidden>x</div>',
    )
  })

  it('fails the build on any other style attribute, since the page would paint differently', () => {
    expect(() => withoutStyleAttributes('<p style="color:red">x</p>')).toThrow(
      /style="color:red".*CSP ignores/,
    )
  })
})
