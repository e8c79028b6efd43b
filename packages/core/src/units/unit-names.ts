/**
 * Every unit name a scenario may write (shared/INTERFACE.md "Units"), ASCII and Chinese in
 * both scripts, with its size as an exact fraction of the base unit of its dimension:
 * yuan for `cny`, US dollars for `usd`, km² for `area`. Keeping numerator and denominator
 * apart lets conversions cancel before dividing, so 4500 mu gives exactly 3 km².
 */

/** What a unit measures: Chinese money, US money (converted per scenario), or area. */
export type UnitDimension = 'cny' | 'usd' | 'area'

/** One unit: its dimension and `num / den` base units (yuan, USD or km²) per unit. */
export interface UnitDefinition {
  dimension: UnitDimension
  num: number
  den: number
}

/** 萬 = 1e4 */
const WAN = 1e4
/** 億 = 1e8 */
const YI = 1e8
/** 萬億 = 1e12 */
const WAN_YI = 1e12
/** 1 km² = 1,500 mu exactly (1 mu = 10,000/15 m²) */
const MU_PER_KM2 = 1500
/** 1 km² = 100 ha */
const HA_PER_KM2 = 100
/** 1 km² = 1,000,000 m² */
const M2_PER_KM2 = 1e6

const cny = (yuan: number): UnitDefinition => ({ dimension: 'cny', num: yuan, den: 1 })
const usd = (dollars: number): UnitDefinition => ({ dimension: 'usd', num: dollars, den: 1 })
const area = (perKm2: number): UnitDefinition => ({ dimension: 'area', num: 1, den: perKm2 })

/**
 * The known units by name.
 *
 * @example UNIT_NAMES["萬元"] // => { dimension: "cny", num: 10000, den: 1 }
 * @example UNIT_NAMES.mu // => { dimension: "area", num: 1, den: 1500 }
 */
export const UNIT_NAMES: Readonly<Record<string, UnitDefinition>> = Object.freeze({
  yuan: cny(1),
  wanyuan: cny(WAN),
  yiyuan: cny(YI),
  wanyiyuan: cny(WAN_YI),
  元: cny(1),
  萬元: cny(WAN),
  万元: cny(WAN),
  億元: cny(YI),
  亿元: cny(YI),
  萬億元: cny(WAN_YI),
  万亿元: cny(WAN_YI),
  usd: usd(1),
  wanusd: usd(WAN),
  yiusd: usd(YI),
  美元: usd(1),
  萬美元: usd(WAN),
  万美元: usd(WAN),
  億美元: usd(YI),
  亿美元: usd(YI),
  km2: area(1),
  mu: area(MU_PER_KM2),
  ha: area(HA_PER_KM2),
  m2: area(M2_PER_KM2),
  平方公里: area(1),
  畝: area(MU_PER_KM2),
  亩: area(MU_PER_KM2),
  公頃: area(HA_PER_KM2),
  公顷: area(HA_PER_KM2),
  平方米: area(M2_PER_KM2)
})

/**
 * The known unit names, in table order (ASCII first), for messages and did-you-mean.
 *
 * @example KNOWN_UNIT_NAMES.includes("wanusd") // => true
 */
export const KNOWN_UNIT_NAMES: readonly string[] = Object.freeze(Object.keys(UNIT_NAMES))
