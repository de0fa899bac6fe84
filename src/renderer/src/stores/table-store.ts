import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { SortState } from '../compare/table-logic'

/** What a user arranges in a comparison table and expects to find again in this session. */
export interface TableState {
  sort: SortState | null
  hidden: string[]
  pinned: string[]
  filter: string
  selected: string[]
}

const blank = (): TableState => ({ sort: null, hidden: [], pinned: [], filter: '', selected: [] })

/** Per-table view state, kept across navigation for the session. */
export const useTableStore = defineStore('tables', () => {
  const tables = reactive<Record<string, TableState>>({})

  /** State for a table; `scope` separates an embedded, row-filtered copy from the full table. */
  function state(tableId: string, scope = 'full'): TableState {
    const key = `${tableId}@${scope}`
    tables[key] ??= blank()
    return tables[key]
  }

  /** Resets in place, so a table already showing this state updates. */
  function reset(tableId: string, scope = 'full'): void {
    Object.assign(state(tableId, scope), blank())
  }

  return { tables, state, reset }
})
