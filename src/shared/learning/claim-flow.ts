/**
 * Sharing claimed time out over tracked time, as a flow: each reflection's claim flows to the
 * activities it covers, each activity passes on at most the seconds it tracked. Taking time
 * greedily, reflection by reflection, can strand a claim (an earlier reflection takes the
 * only activity a later one covers when it could have used another), and then a check built
 * on that allocation over- or under-states what is free. Augmenting paths move earlier
 * claims onto their other activities instead, so a set of claims is backed in full exactly
 * when any allocation could back it.
 */

/** An activity as the flow sees it: an id and the seconds it tracked. */
export interface FlowActivity {
  id: string
  seconds: number
}

export class ClaimFlow {
  /** Seconds of each activity not yet given to any claim. */
  private readonly room = new Map<string, number>()
  /** For each claim, seconds taken from each of its activities. */
  private readonly taken = new Map<string, Map<string, number>>()
  /** For each claim, its activities in the order it prefers them (date order). */
  private readonly covers = new Map<string, string[]>()
  /** For each activity, the claims that take from it. */
  private readonly takers = new Map<string, Set<string>>()

  /** Routes up to `seconds` for claim `id` over `activities`; returns the seconds routed. */
  add(id: string, seconds: number, activities: readonly FlowActivity[]): number {
    for (const a of activities) if (!this.room.has(a.id)) this.room.set(a.id, a.seconds)
    this.covers.set(
      id,
      activities.map((a) => a.id),
    )
    this.taken.set(id, new Map())
    let routed = 0
    while (routed < seconds) {
      const pushed = this.augment(id, seconds - routed)
      if (pushed === 0) break
      routed += pushed
    }
    return routed
  }

  /** Seconds given to claims, per activity. */
  used(): Map<string, number> {
    const used = new Map<string, number>()
    for (const flows of this.taken.values())
      for (const [activity, s] of flows) used.set(activity, (used.get(activity) ?? 0) + s)
    return used
  }

  /**
   * One augmenting path from claim `id` to an activity with room, breadth first (so the
   * claim's own activities, in its order, are tried before moving anyone else's time).
   */
  private augment(id: string, limit: number): number {
    type Step = { from: string; via: string } | null
    const parent = new Map<string, Step>()
    const queue: string[] = []
    for (const a of this.covers.get(id)!) {
      if (!parent.has(a)) {
        parent.set(a, null)
        queue.push(a)
      }
    }
    for (let i = 0; i < queue.length; i++) {
      const activity = queue[i]!
      if ((this.room.get(activity) ?? 0) > 0) return this.push(id, activity, parent, limit)
      // Full: another claim taking from it may move to one of its other activities.
      for (const claim of this.takers.get(activity) ?? []) {
        for (const next of this.covers.get(claim)!) {
          if (parent.has(next)) continue
          parent.set(next, { from: activity, via: claim })
          queue.push(next)
        }
      }
    }
    return 0
  }

  private push(
    id: string,
    end: string,
    parent: Map<string, { from: string; via: string } | null>,
    limit: number,
  ): number {
    let amount = Math.min(limit, this.room.get(end)!)
    for (let at = end, step = parent.get(at); step; at = step.from, step = parent.get(at))
      amount = Math.min(amount, this.taken.get(step.via)!.get(step.from) ?? 0)
    if (amount <= 0) return 0
    this.room.set(end, this.room.get(end)! - amount)
    let at = end
    for (let step = parent.get(at); step; at = step.from, step = parent.get(at)) {
      // `step.via` moves `amount` from `step.from` onto `at`.
      this.move(step.via, at, amount)
      this.move(step.via, step.from, -amount)
    }
    this.move(id, at, amount)
    return amount
  }

  private move(claim: string, activity: string, seconds: number): void {
    const flows = this.taken.get(claim)!
    const next = (flows.get(activity) ?? 0) + seconds
    const takers = this.takers.get(activity) ?? new Set<string>()
    this.takers.set(activity, takers)
    if (next > 0) {
      flows.set(activity, next)
      takers.add(claim)
    } else {
      flows.delete(activity)
      takers.delete(claim)
    }
  }
}
