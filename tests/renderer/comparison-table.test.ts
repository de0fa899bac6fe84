import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { ComparisonTable as Table } from '@shared/content/model'
import type { ContentIndex } from '@renderer/content/content-index'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { useTableStore } from '@renderer/stores/table-store'
import ComparisonTable from '@renderer/components/ComparisonTable.vue'
import CompareSideBySide from '@renderer/components/CompareSideBySide.vue'
import { compileFiles, readFixtureFiles, withFile } from './content'
import { globalFor, harness, type Harness } from './mount-app'
import sortTableYaml from './fixtures/sort-table.yaml?raw'

let index: ContentIndex
let table: Table
let h: Harness

beforeAll(async () => {
  const files = withFile(await readFixtureFiles(), 'comparisons/sort-table.yaml', sortTableYaml)
  index = await contentFromBundle(compileFiles(files))
  table = index.comparison('sort-table')!
})
beforeEach(() => {
  h = harness(index)
})

/** ComparisonTable's optional props (the `.vue` shim types components loosely in tests). */
interface TableOptions {
  moduleId?: string
  rowIds?: string[]
  embedded?: boolean
}

function mountTable(props: TableOptions = {}) {
  return mount(ComparisonTable, { props: { table, ...props }, global: globalFor(h) })
}

const bodyRows = (w: VueWrapper) => w.findAll('tbody tr[data-row]')
const rowIds = (w: VueWrapper): string[] => bodyRows(w).map((r) => r.attributes('data-row')!)
const header = (w: VueWrapper, label: string) =>
  w.findAll('thead th').find((th) => th.find('button').exists() && th.text().startsWith(label))!
const headers = (w: VueWrapper): string[] =>
  w.findAll('thead th button').map((b) => b.text().replace(/[▲▼↕]/g, '').trim())
const status = (w: VueWrapper): string => w.find('[role="status"]').text()
const checkbox = (w: VueWrapper, label: string) =>
  w.find(`input[aria-label="Select ${label} to compare"]`)
const compareButton = (w: VueWrapper) =>
  w
    .findAll('.ctable__toolbar button')
    .find((b) => /Compare selected|Close comparison/.test(b.text()))!

describe('ComparisonTable', () => {
  it('shows every row in content order with a header per column', () => {
    const w = mountTable()
    expect(rowIds(w)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(headers(w)).toEqual(['Name', 'Size', 'Count', 'Evidence', 'Urgency', 'In leg cramps'])
  })

  it('cycles a header through descending, ascending and unsorted for a ranked column', async () => {
    const w = mountTable()
    const count = (): ReturnType<typeof header> => header(w, 'Count')
    expect(count().attributes('aria-sort')).toBe('none')
    await count().find('button').trigger('click')
    expect(count().attributes('aria-sort')).toBe('descending')
    expect(rowIds(w)).toEqual(['c', 'a', 'e', 'b', 'd'])
    expect(status(w)).toBe('Sorted by Count, descending.')
    await count().find('button').trigger('click')
    expect(count().attributes('aria-sort')).toBe('ascending')
    expect(rowIds(w)).toEqual(['b', 'a', 'e', 'c', 'd'])
    await count().find('button').trigger('click')
    expect(count().attributes('aria-sort')).toBe('none')
    expect(rowIds(w)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(status(w)).toBe('Original order.')
  })

  it('sorts text columns A to Z first, and only one column shows a sort', async () => {
    const w = mountTable()
    await header(w, 'Count').find('button').trigger('click')
    await header(w, 'Size').find('button').trigger('click')
    expect(header(w, 'Size').attributes('aria-sort')).toBe('ascending')
    expect(header(w, 'Count').attributes('aria-sort')).toBe('none')
    expect(rowIds(w)).toEqual(['b', 'e', 'a', 'd', 'c'])
  })

  it('narrows rows with the filter, and offers to clear it when nothing matches', async () => {
    const w = mountTable()
    const filter = w.find('input[type="search"]')
    await filter.setValue('cm routine')
    expect(rowIds(w)).toEqual(['a', 'e'])
    await filter.setValue('zebra')
    expect(rowIds(w)).toEqual([])
    const none = w.find('.ctable__none')
    expect(none.text()).toContain('No things match “zebra”.')
    await none.find('button').trigger('click')
    expect(rowIds(w)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect((filter.element as HTMLInputElement).value).toBe('')
    expect(w.find('.ctable__none').exists()).toBe(false)
  })

  it('removes a column unticked in the Columns menu, and keeps at least one', async () => {
    const w = mountTable()
    const menu = w.find('.ctable__columns')
    expect(menu.find('summary').text()).toBe('Columns (5/5)')
    const box = (label: string) =>
      menu
        .findAll('label')
        .find((l) => l.text() === label)!
        .find('input')
    await box('Size').setValue(false)
    expect(headers(w)).toEqual(['Name', 'Count', 'Evidence', 'Urgency', 'In leg cramps'])
    expect(bodyRows(w)[0]!.findAll('td')).toHaveLength(1 + 4)
    expect(menu.find('summary').text()).toBe('Columns (4/5)')
    // The hidden column no longer counts for the filter.
    await w.find('input[type="search"]').setValue('café')
    expect(rowIds(w)).toEqual([])
    await w.find('input[type="search"]').setValue('')

    for (const label of ['Count', 'Evidence', 'Urgency']) await box(label).setValue(false)
    await box('In leg cramps').trigger('change')
    expect(headers(w)).toEqual(['Name', 'In leg cramps'])
    expect(status(w)).toBe('At least one column stays visible.')
  })

  it('compares two ticked rows side by side', async () => {
    const w = mountTable()
    expect(compareButton(w).attributes('disabled')).toBeDefined()
    await checkbox(w, 'Charlie').setValue(true)
    expect(compareButton(w).attributes('disabled')).toBeDefined()
    await checkbox(w, 'Alpha').setValue(true)
    expect(compareButton(w).text()).toBe('Compare selected (2)')
    expect(compareButton(w).attributes('disabled')).toBeUndefined()
    expect(w.findComponent(CompareSideBySide).exists()).toBe(false)

    await compareButton(w).trigger('click')
    const side = w.findComponent(CompareSideBySide)
    expect(side.exists()).toBe(true)
    // Columns in the order ticked; one row per visible table column.
    expect(side.findAll('thead th').map((th) => th.text())).toEqual(['Charlie', 'Alpha'])
    expect(side.findAll('tbody th').map((th) => th.text())).toEqual([
      'Size',
      'Count',
      'Evidence',
      'Urgency',
      'In leg cramps',
    ])
    expect(
      side
        .findAll('tbody tr')[2]!
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['Low', 'Moderate'])
    expect(compareButton(w).attributes('aria-pressed')).toBe('true')

    // Unticking below two closes the comparison.
    await checkbox(w, 'Alpha').setValue(false)
    expect(w.findComponent(CompareSideBySide).exists()).toBe(false)
  })

  it('refuses a fifth row with a message and keeps four', async () => {
    const w = mountTable()
    for (const label of ['Alpha', 'bravo', 'Charlie', 'Delta'])
      await checkbox(w, label).setValue(true)
    expect(compareButton(w).text()).toBe('Compare selected (4)')
    await checkbox(w, 'Echo').setValue(true)
    expect(compareButton(w).text()).toBe('Compare selected (4)')
    expect(useTableStore().state('sort-table').selected).toEqual(['a', 'b', 'c', 'd'])
    expect(status(w)).toBe('You can compare up to 4 things at once; untick one first.')
    await compareButton(w).trigger('click')
    expect(w.findComponent(CompareSideBySide).findAll('thead th')).toHaveLength(4)
  })

  // Bug: after a refused fifth tick the checkbox still shows as ticked. The click ticks the box
  // before `change`; the selection does not change, so `:checked` stays false and Vue never
  // writes it back to the element. The reader sees five ticks while four rows are compared.
  it('unticks the refused fifth checkbox', async () => {
    const w = mountTable()
    for (const label of ['Alpha', 'bravo', 'Charlie', 'Delta'])
      await checkbox(w, label).setValue(true)
    await checkbox(w, 'Echo').setValue(true)
    expect((checkbox(w, 'Echo').element as HTMLInputElement).checked).toBe(false)
  })

  it('pins a row to the top and unpins it', async () => {
    const w = mountTable()
    const pin = () => w.find('button[aria-label="Pin Delta to the top"]')
    await pin().trigger('click')
    expect(rowIds(w)).toEqual(['d', 'a', 'b', 'c', 'e'])
    expect(pin().attributes('aria-pressed')).toBe('true')
    expect(bodyRows(w)[0]!.classes()).toContain('ctable__row--pinned')
    // Pinned rows stay on top whatever the sort.
    await header(w, 'Count').find('button').trigger('click')
    expect(rowIds(w)).toEqual(['d', 'c', 'a', 'e', 'b'])
    await pin().trigger('click')
    expect(rowIds(w)[0]).toBe('c')
    expect(status(w)).toBe('Delta unpinned.')
  })

  it("highlights the rows of the reader's module", () => {
    const w = mountTable({ moduleId: 'leg-cramps' })
    const marked = bodyRows(w).filter((r) => r.classes('ctable__row--module'))
    expect(marked.map((r) => r.attributes('data-row'))).toEqual(['b', 'e'])
    expect(marked.every((r) => r.text().includes('In this module'))).toBe(true)
    expect(w.text().match(/In this module/g)).toHaveLength(2)
    expect(mountTable().text()).not.toContain('In this module')
  })

  it('links a row that describes a reference entry to that entry', () => {
    const w = mountTable()
    expect(bodyRows(w)[0]!.find('a.ctable__label').attributes('href')).toBe(
      '/reference/conditions/muscle-cramp',
    )
    expect(bodyRows(w)[1]!.find('a.ctable__label').exists()).toBe(false)
  })

  it('keeps sort, filter, hidden columns, pins and ticks when mounted again', async () => {
    const first = mountTable()
    await header(first, 'Evidence').find('button').trigger('click')
    await first.find('input[type="search"]').setValue('cm')
    const urgency = first.findAll('.ctable__columns label').find((l) => l.text() === 'Urgency')!
    await urgency.find('input').setValue(false)
    await first.find('button[aria-label="Pin Echo to the top"]').trigger('click')
    await checkbox(first, 'Alpha').setValue(true)
    const before = rowIds(first)
    expect(before).toEqual(['e', 'b', 'a'])
    first.unmount()

    const again = mountTable()
    expect(rowIds(again)).toEqual(before)
    expect(header(again, 'Evidence').attributes('aria-sort')).toBe('descending')
    expect((again.find('input[type="search"]').element as HTMLInputElement).value).toBe('cm')
    expect(headers(again)).not.toContain('Urgency')
    expect(again.find('button[aria-label="Pin Echo to the top"]').attributes('aria-pressed')).toBe(
      'true',
    )
    expect((checkbox(again, 'Alpha').element as HTMLInputElement).checked).toBe(true)
    expect(compareButton(again).text()).toBe('Compare selected (1)')
  })

  it('keeps an embedded copy with its own rows and state', async () => {
    const full = mountTable()
    await full.find('input[type="search"]').setValue('alpha')
    const embed = mountTable({ rowIds: ['b', 'e'], embedded: true })
    expect(rowIds(embed)).toEqual(['b', 'e'])
    expect((embed.find('input[type="search"]').element as HTMLInputElement).value).toBe('')
    expect(embed.find('.ctable__more a').attributes('href')).toBe('/compare/sort-table')
  })

  // Bug: table-store's reset() replaces the state object, but ComparisonTable keeps the object
  // it got at setup, so a reset never reaches a table on screen.
  it('shows a reset of its stored state while mounted', async () => {
    const w = mountTable()
    await w.find('input[type="search"]').setValue('alpha')
    useTableStore().reset('sort-table')
    await w.vm.$nextTick()
    expect(rowIds(w)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
