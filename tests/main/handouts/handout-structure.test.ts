import { beforeAll, describe, expect, it } from 'vitest'
import {
  CLOSING_HEADINGS,
  follow,
  handoutService,
  handoutSources,
  openPdf,
  rawDictionaries,
  rawObjects,
  type OpenedPdf,
  type RawObject,
} from './pdf-helpers'

const CLINIC = { name: 'Riverside Sexual Health', phone: '020 7946 0000', website: '' }

const sources = await handoutSources()
const service = handoutService()
const printed = new Map<string, { bytes: Uint8Array; pdf: OpenedPdf }>()
let clinicBytes: Uint8Array
let clinicPdf: OpenedPdf

beforeAll(async () => {
  for (const { topic } of sources) {
    const { bytes } = await service.generateHandout(topic)
    printed.set(topic, { bytes, pdf: await openPdf(bytes) })
  }
  clinicBytes = (await service.generateHandout('cramps-after-sex', { clinic: CLINIC })).bytes
  clinicPdf = await openPdf(clinicBytes)
})

const first = () => printed.get('cramps-after-sex')!
const source = (topic: string) => sources.find((s) => s.topic === topic)!

function catalog(bytes: Uint8Array): { objects: Map<number, RawObject>; dict: string } {
  const objects = rawObjects(bytes)
  const found = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict))
  return { objects, dict: found!.dict }
}

function xmp(bytes: Uint8Array): string {
  const { objects, dict } = catalog(bytes)
  return follow(objects, dict, 'Metadata')!.stream!.toString('utf8')
}

describe('handout PDF as a tagged, accessible document', () => {
  it('is tagged: marked content with a structure tree', async () => {
    const { objects, dict } = catalog(first().bytes)
    expect(dict).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(follow(objects, dict, 'MarkInfo')!.dict).toMatch(/\/Marked true/)
    expect(await first().pdf.pdf.getMarkInfo()).toMatchObject({ Marked: true })
  })

  it('declares PDF/UA-1 in its XMP metadata', () => {
    expect(xmp(first().bytes)).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/)
  })

  it('declares its language as British English', async () => {
    expect(catalog(first().bytes).dict).toMatch(/\/Lang \(en-GB\)/)
    const { info } = await first().pdf.pdf.getMetadata()
    expect(info).toMatchObject({ Language: 'en-GB' })
  })

  it('has a title that viewers show instead of the file name', async () => {
    const { info, metadata } = await first().pdf.pdf.getMetadata()
    const title = `${source('cramps-after-sex').title}: information for patients`
    expect(info).toMatchObject({ Title: title })
    expect(metadata?.get('dc:title')).toBe(title)
    expect(await first().pdf.pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true })
  })

  it('names Postcoital Atlas as author when no clinic is given, else the clinic', async () => {
    expect((await first().pdf.pdf.getMetadata()).info).toMatchObject({
      Author: 'Postcoital Atlas',
    })
    const { info, metadata } = await clinicPdf.pdf.getMetadata()
    expect(info).toMatchObject({ Author: CLINIC.name })
    expect(metadata?.get('dc:creator')).toEqual([CLINIC.name])
  })

  it('has the summary as subject and the title among its keywords', async () => {
    for (const [topic, { pdf }] of printed) {
      const info = (await pdf.pdf.getMetadata()).info as Record<string, string>
      expect(info.Subject, topic).toBe(source(topic).summary)
      expect(info.Keywords, topic).toContain(source(topic).title)
    }
  })

  it('bookmarks the title, every section and every help tier, each landing on its heading', async () => {
    for (const [topic, { pdf }] of printed) {
      const outline = (await pdf.pdf.getOutline()) ?? []
      expect(outline.map((item) => item.title)).toEqual([source(topic).title])
      const sections = outline[0]!.items
      // The emergency box comes straight after the summary; the other tiers sit in the help section.
      expect(sections.map((item) => item.title)).toEqual([
        'Call 999 or 112 now',
        ...source(topic).sections,
        ...CLOSING_HEADINGS,
      ])
      const help = sections.find((item) => item.title === 'When should I get help?')!
      expect(help.items.length, topic).toBeGreaterThan(0)
      for (const item of [outline[0]!, ...sections, ...help.items]) {
        const [ref, kind, , top] = item.dest as [
          { num: number; gen: number },
          { name: string },
          number,
          number,
        ]
        expect(kind.name, item.title).toBe('XYZ')
        const index = await pdf.pdf.getPageIndex(ref)
        const page = pdf.pages[index]!
        // The destination is the heading's own line, not the top of the page.
        const heading = page.items.find((i) => i.str.trim() === item.title)
        expect(heading, `${topic}: ${item.title}`).toBeDefined()
        expect(top - heading!.y, `${topic}: ${item.title}`).toBeGreaterThan(0)
        expect(top - heading!.y, `${topic}: ${item.title}`).toBeLessThan(40)
      }
    }
  })

  it('embeds every font (Noto Sans subsets) and uses none of the standard 14', () => {
    for (const [topic, { bytes }] of [...printed, ['clinic', { bytes: clinicBytes }] as const]) {
      const objects = rawObjects(bytes)
      const fonts = [...objects.values()].filter((o) => /\/Type \/Font\b/.test(o.dict))
      const cidFonts = fonts.filter((f) => /\/Subtype \/CIDFontType2/.test(f.dict))
      expect(cidFonts.length, topic).toBeGreaterThanOrEqual(2)
      // Only composite TrueType fonts: no simple Type1/TrueType font that could be unembedded.
      expect(
        fonts.filter((f) => !/\/Subtype \/(Type0|CIDFontType2)/.test(f.dict)),
        topic,
      ).toEqual([])
      for (const font of cidFonts) {
        expect(font.dict, topic).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-(Regular|Bold|Italic)/)
        const descriptor = follow(objects, font.dict, 'FontDescriptor')!
        const program = follow(objects, descriptor.dict, 'FontFile2')
        // A subset holds only the glyphs used: the italic face may carry a few dozen.
        expect(program?.stream?.length, topic).toBeGreaterThan(300)
      }
      expect(rawDictionaries(bytes), topic).not.toMatch(
        /Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats/,
      )
    }
  })

  it('tags every piece of text: content in the structure tree, furniture as artifacts', async () => {
    const { pdf, pages } = first().pdf
    for (const [index, page] of pages.entries()) {
      const tree = await (await pdf.getPage(index + 1)).getStructTree()
      const ids = new Set(JSON.stringify(tree).match(/p\d+R_mc\d+/g))
      for (const item of page.items.filter((i) => i.str.trim())) {
        if (item.artifact) continue
        expect(item.mcid, item.str).not.toBeNull()
        expect(ids.has(item.mcid!), item.str).toBe(true)
      }
      const furniture = page.items.filter((i) =>
        /^Page \d+ of \d+$|information for patients$|^Postcoital Atlas patient information$/.test(
          i.str,
        ),
      )
      expect(furniture.length).toBeGreaterThanOrEqual(index === 0 ? 2 : 3)
      expect(furniture.filter((i) => !i.artifact)).toEqual([])
    }
  })

  it('starts the structure with the title as H1, then sections with H2 headings', async () => {
    const { pdf, pages } = first().pdf
    const tree = (await (await pdf.getPage(1)).getStructTree()) as StructNode
    const document = tree.children![0]!
    expect(document.role).toBe('Document')
    const h1 = document.children![0]!
    expect(h1.role).toBe('H1')
    const h1Text = pages[0]!.items.filter((i) => i.mcid === h1.children![0]!.id).map((i) => i.str)
    expect(h1Text.join('')).toBe(source('cramps-after-sex').title)
    const sects = document.children!.filter((c) => c.role === 'Sect')
    expect(sects[0]!.children![0]!.role).toBe('H2')
  })
})

interface StructNode {
  role?: string
  id?: string
  children?: StructNode[]
}

describe('handout PDF text layer', () => {
  // Regression (fixed; render-handout-pdf.ts passes the clinic name to pdfkit's `info.Author`, and pdfkit
  // writes it into the XMP packet without XML escaping): a clinic called "Smith & Jones
  // <Clinic>" makes the XMP metadata malformed, so PDF/UA checkers reject the file and readers
  // that use XMP show a truncated author ("Smith & Jones").
  it('keeps a clinic name with & and < intact in the XMP metadata', async () => {
    const name = 'Smith & Jones <Clinic>'
    const { bytes } = await service.generateHandout('cramps-after-sex', {
      clinic: { name, phone: '', website: '' },
    })
    const { metadata } = await (await openPdf(bytes)).pdf.getMetadata()
    expect(metadata?.get('dc:creator')).toEqual([name])
  })

  // Regression (fixed; fonts.ts / render-handout-pdf.ts share one parsed fontkit face across documents):
  // fontkit caches glyph objects on the face with the code points of their first use. When a
  // glyph is first met as a component of an accented letter (the acute in "ú", the J in "Ĵ"),
  // it is cached with no code points, and every later handout from the same service maps that
  // glyph to the wrong Unicode: the PDF looks right but screen readers, search and copy read
  // garbage (e.g. "´ ¨ ¸ `" reads as "; < = >"). Made first, the same note reads correctly.
  it('maps characters correctly in a handout made after one with accented letters', async () => {
    const noteText = async (note: string) => {
      const { content } = await openPdf(
        (await service.generateHandout('cramps-after-sex', { note })).bytes,
      )
      return content.split('Note from your clinician')[1]!.split('About this leaflet')[0]!.trim()
    }
    // Nothing this service printed before had accented letters.
    await noteText('Núñez, Çelik, Müller, Hélène')
    expect(await noteText('´ ¨ ¸ `')).toBe('´ ¨ ¸ `')
  })
})

describe('handout PDF links and check boxes', () => {
  const WEBSITE = 'riverside.example.org/sexual-health'

  it('makes the clinic website a real link: a Link element with its annotation and alternate text', async () => {
    const { bytes } = await service.generateHandout('cramps-after-sex', {
      clinic: { name: 'Riverside', phone: '020 7946 0000', website: WEBSITE },
    })
    const pdf = await openPdf(bytes)
    const annotations = (
      await Promise.all(
        pdf.pages.map(async (_, i) => (await pdf.pdf.getPage(i + 1)).getAnnotations()),
      )
    ).flat() as { subtype: string; url?: string; contentsObj?: { str: string } }[]
    const links = annotations.filter((a) => a.subtype === 'Link')
    expect(links.map((a) => a.url)).toEqual([`https://${WEBSITE}`])
    expect(links[0]!.contentsObj?.str).toBe(`Website: ${WEBSITE}`)
    // The annotation belongs to the structure tree: a /Link element holding an object reference.
    const dictionaries = rawDictionaries(bytes)
    expect(dictionaries).toMatch(/\/S \/Link\b[\s\S]*?\/Alt \(Website: riverside/)
    expect(dictionaries).toMatch(/\/Type \/OBJR/)
    expect(dictionaries).toMatch(/\/Subtype \/Link[\s\S]*?\/StructParent \d+/)
  })

  it('prints anything but an https address or a bare host as plain text, never a link', async () => {
    for (const website of ['javascript:alert(1)', 'ftp://files.example.org', 'not a site']) {
      const { bytes } = await service
        .generateHandout('cramps-after-sex', { clinic: { name: 'R', phone: '', website } })
        .catch(() => ({ bytes: null }))
      if (!bytes) continue // refused as invalid input: equally no link
      const pdf = await openPdf(bytes)
      const page = await pdf.pdf.getPage(pdf.pages.length)
      const links = ((await page.getAnnotations()) as { subtype: string }[]).filter(
        (a) => a.subtype === 'Link',
      )
      expect(links, website).toEqual([])
    }
  })

  it('makes the clinic email a mailto link with alternate text, and refuses anything but one address', async () => {
    const { bytes } = await service.generateHandout('cramps-after-sex', {
      clinic: { name: 'Riverside', phone: '', website: '', email: 'clinic@riverside.example.org' },
    })
    const pdf = await openPdf(bytes)
    const page = await pdf.pdf.getPage(pdf.pages.length)
    const links = (
      (await page.getAnnotations()) as {
        subtype: string
        url?: string
        contentsObj?: { str: string }
      }[]
    ).filter((a) => a.subtype === 'Link')
    expect(links.map((a) => [a.url, a.contentsObj?.str])).toEqual([
      ['mailto:clinic@riverside.example.org', 'Email: clinic@riverside.example.org'],
    ])
    for (const email of [
      'clinic@riverside',
      'a@b.org?cc=c@d.org',
      'two@a.org,b@c.org',
      'x y@a.org',
    ]) {
      await expect(
        service.generateHandout('cramps-after-sex', { clinic: { email } }),
        email,
      ).rejects.toThrow(/one email address/)
    }
  })

  it('gives the note and the clinic name their own language, and nothing else one', async () => {
    const langs = (bytes: Uint8Array) =>
      [...rawDictionaries(bytes).matchAll(/\/Lang \(([^)]*)\)/g)].map((m) => m[1])
    const plain = await service.generateHandout('cramps-after-sex', {
      clinic: { name: 'Riverside' },
      note: 'Review in two weeks.',
    })
    expect(langs(plain.bytes)).toEqual(['en-GB'])
    const { bytes } = await service.generateHandout('cramps-after-sex', {
      clinic: { name: 'Clinig Iechyd Rhywiol Glan yr Afon', lang: 'cy' },
      note: 'Позвоните нам, если боль вернётся.',
      noteLang: 'ru',
    })
    expect(langs(bytes).sort()).toEqual(['cy', 'en-GB', 'ru'])
    // The Russian /Lang sits on the paragraph that holds the note's text.
    const { content } = await openPdf(bytes)
    expect(content).toContain('Позвоните нам')
  })

  it('refuses a language the handout font cannot print or a made-up tag', async () => {
    for (const noteLang of ['ar', 'zh', 'english']) {
      await expect(
        service.generateHandout('cramps-after-sex', { note: 'x', noteLang } as never),
        noteLang,
      ).rejects.toThrow()
    }
  })

  it('announces each checklist item as a check box: a labelled list item whose label reads as a box', () => {
    const dictionaries = rawDictionaries(first().bytes)
    const boxes = dictionaries.match(/\/S \/Lbl[^]*?\/ActualText \(\\?\S*\)/g) ?? []
    const checkBoxes = [...dictionaries.matchAll(/\/Alt \(Check box\)/g)]
    expect(checkBoxes.length).toBe(source('cramps-after-sex').checklist.length)
    expect(boxes.length).toBeGreaterThan(0)
  })
})
