import { describe, expect, it, vi } from 'vitest'
import { HeightCache } from '../../../src/main/handouts/pdf/height-cache'
import PDFDocument from 'pdfkit'
import { handoutService } from './pdf-helpers'

describe('measured text heights', () => {
  it('are measured once for each text, face, size, width and line gap', () => {
    const cache = new HeightCache()
    const measure = vi.fn(() => 42)
    const ask = (text = 'Call 999', face = 'regular', size = 12, width = 400, gap = 1) =>
      cache.height(text, face, size, width, gap, measure)
    expect(ask()).toBe(42)
    expect(ask()).toBe(42)
    expect(measure).toHaveBeenCalledTimes(1)
    ask('Call 111')
    ask('Call 999', 'bold')
    ask('Call 999', 'regular', 16)
    ask('Call 999', 'regular', 12, 300)
    ask('Call 999', 'regular', 12, 400, 3)
    expect(measure).toHaveBeenCalledTimes(6)
    expect(cache.size).toBe(6)
  })

  it('keep at most their limit, dropping the oldest first', () => {
    const cache = new HeightCache(2)
    const measure = vi.fn(() => 10)
    for (const text of ['a', 'b', 'c']) cache.height(text, 'regular', 12, 100, 0, measure)
    expect(cache.size).toBe(2)
    cache.height('c', 'regular', 12, 100, 0, measure)
    expect(measure).toHaveBeenCalledTimes(3)
    cache.height('a', 'regular', 12, 100, 0, measure)
    expect(measure).toHaveBeenCalledTimes(4)
  })

  it('are shared by the handouts a service makes: the same handout again measures nothing', async () => {
    const service = handoutService()
    const [topic] = await service.topics()
    const measures = vi.spyOn(PDFDocument.prototype, 'heightOfString')
    try {
      const first = await service.generateHandout(topic!, {})
      expect(measures.mock.calls.length).toBeGreaterThan(50)
      measures.mockClear()
      const again = await service.generateHandout(topic!, {})
      expect(measures).not.toHaveBeenCalled()
      expect(again.pages).toBe(first.pages)
      // Another size of paper is another set of widths: measured afresh.
      await service.generateHandout(topic!, { paper: 'letter' })
      expect(measures.mock.calls.length).toBeGreaterThan(0)
    } finally {
      measures.mockRestore()
    }
  })
})
