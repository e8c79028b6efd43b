/**
 * A probability distribution on a numeric leaf (MODEL.md U1). Parameters are already in the
 * scenario's units. The deterministic run uses `central()`: the mean for normal, uniform and
 * discrete; the mode for triangular and pert; the median for lognormal.
 */
export type DistributionSpec =
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; median: number; sdLog: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'pert'; min: number; mode: number; max: number }
  | { dist: 'discrete'; values: number[]; weights: number[] }

export type DistributionKind = DistributionSpec['dist']

export const distributionKinds: readonly DistributionKind[] = ['normal', 'lognormal', 'uniform', 'triangular', 'pert', 'discrete']

/**
 * Marks a distribution object put in place of a lever's leaf (MODEL.md §7) before loading: a
 * symbol key, so no file can write it and no schema sees it, and the loaded Distribution says
 * which lever it stands for.
 */
export const LEVER_MARK: unique symbol = Symbol('zonecast lever')

export class Distribution {
  readonly spec: DistributionSpec
  /** dotted key path of the leaf in the scenario file, e.g. `model.capital_output_ratio` (set by the loader) */
  path = ''
  /** the leaf takes whole numbers only (gestation years) */
  integer = false
  /** the lever this leaf stands for, when it was put in place by `LEVER_MARK` */
  lever?: string
  constructor(spec: DistributionSpec) {
    this.spec = spec
  }

  /**
   * The value a deterministic run uses.
   *
   * @example new Distribution({ dist: "triangular", min: 3, mode: 4, max: 6 }).central() // => 4
   */
  central(): number {
    const s = this.spec
    switch (s.dist) {
      case 'normal':
        return s.mean
      case 'lognormal':
        return s.median
      case 'uniform':
        return (s.min + s.max) / 2
      case 'triangular':
      case 'pert':
        return s.mode
      case 'discrete':
        return s.values.reduce((acc, v, i) => acc + v * (s.weights[i] ?? 0), 0)
    }
  }
}
