import type { StarterFields } from './starter-fields'

/**
 * The English starter scenario of `zonecast init --lang en`: every key of shared/INTERFACE.md's
 * scenario example with placeholder numbers for a generic zone, the comments in English, units as
 * ASCII names (`yiyuan`, `wanyuan/mu`, `km2`), each key explained in a comment (meaning, unit,
 * typical values, the MODEL.md label it feeds).
 *
 * @example starterScenarioEn({ id: 'my-zone', file: 'my-zone.yaml' }).startsWith('#') // => true
 */
export function starterScenarioEn(fields: StarterFields): string {
  return `# A zonecast starter scenario, written by zonecast init.
#
# Every number below is a PLACEHOLDER for a generic provincial-level development zone (開發區):
# replace with your zone's figures, and say in a comment where each comes from (speech, yearbook,
# your own arithmetic). Then run:
#   zonecast check ${fields.file}
#       the targets, the findings and what the plan needs (exit code 0: all met; 1: a target missed)
#   zonecast run ${fields.file}
#       the plan path and the model path, year by year
#   zonecast check ${fields.file} --draws 2000
#       the same with each target's probability (Monte Carlo)
# Labels such as (A1), (M4), (R2) name equations of the zone model: see "The model" in docs/guide.md of the zonecast repository.
# Money is in 億元 (yiyuan, 100 million yuan) unless a value carries its own unit, rates are
# fractions (0.08 = 8% a year; "8%" also works), areas are km² unless a value says otherwise.

# id: the scenario's short name, used in output and file names (<id>.run.csv). Letters, digits, ".", "_", "-".
id: ${fields.id}
# title: the plan's name in English (en) and Chinese (zh); --lang picks which one is printed.
title:
  en: "Example development zone, 15th Five-Year Plan (2026-2030)"   # en: English title
  zh: "示例開發區“十五五”規劃（2026—2030年）"                       # zh: Chinese title, traditional or simplified
# source: where the numbers come from, free text (a speech, a plan document, a yearbook and its page).
source: "placeholder figures from zonecast init: replace with your zone's figures and cite them"
# money: the unit of every bare money number in this file: yiyuan (億元, the usual), wanyuan (萬元), yuan, wanyiyuan.
money: yiyuan
# exchange_rate: CNY per USD, used only to convert values written in US dollars (like foreign_capital below).
# Typical: 6.2-7.3 since 2010; take the base year's annual average.
exchange_rate: 7.1
# years: base = the last observed year (t0, its values go under base:), end = the plan's final year (T).
# A five-year plan 2026-2030 has base 2025, end 2030. Horizon at most 100 years.
years:
  base: 2025   # base: t0, the base year (observed)
  end: 2030    # end: T, the last plan year; n = T - t0 years of projection
# inflation: yearly price inflation π(t) for the price index p(t) (P0): a rate, or a year map {2026: 0.01, 2027: 0.02}.
# It converts between real (constant base-year prices) and nominal (current prices) series. Typical: 0.00-0.03.
inflation: 0.02
# base: the observed levels of the base year (t0), one per series, in money units unless a unit is given.
# They start the plan path (A1) and the model path (M4, M5, M7; P(t0) = investment - infrastructure, M2).
base:
  gdp: 300                    # gdp: zone GDP (地區生產總值), real; Y(t0) in M4. A mid-sized provincial zone: 100-1,000 億元
  industrial_va: 190          # industrial_va: industrial value added (工業增加值), real; V(t0) in M5. Often 50-80% of zone GDP
  fiscal_revenue: 24          # fiscal_revenue: the zone's fiscal revenue (財政收入), nominal; R(t0) in M7. Often 6-12% of GDP
  investment: 120             # investment: fixed-asset investment (固定資產投資), nominal; I in M2b and R4. Often 30-60% of GDP
  infrastructure: 15          # infrastructure: infrastructure investment (基礎設施投資), nominal; S in M1 and M10. Often 5-20% of investment
  foreign_capital: "3 yiusd"  # foreign_capital: foreign capital actually used (實際利用外資), with its unit (yiusd = 億美元); no model equation: it follows its plan path
  projects_new: 40            # projects_new: a series declared under series: below (new projects signed a year); it follows its plan path
# history: observed years before the base year, for charts (history points), zonecast calibrate and
# investment before t0 (M2, R4 with a lag of 2 or more years). Uncomment and fill in, or point to a CSV:
# history:
#   gdp: {2021: 221, 2022: 240, 2023: 262, 2024: 281}    # zone GDP, same units as base
#   investment: {2023: 105, 2024: 112}
#   # or: {file: zone-history.csv, region: Jilin, series: gdp}   (a long or wide CSV, relative to this file)
# series: per-series settings. prices: real (constant base-year prices) or nominal (current prices), P0.
# Built-in series already have a basis (gdp, industrial_va real; revenue, investment nominal); a new series
# needs unit: money, area, count or ratio, and may have a label {en, zh}.
series:
  gdp: {prices: real}                 # gdp: stated at comparable prices, as Chinese plans state GDP growth
  fiscal_revenue: {prices: nominal}   # fiscal_revenue: stated at current prices, as Chinese plans state revenue
  projects_new: {unit: count, label: {en: "New projects signed", zh: "新簽約項目"}}   # projects_new: a new series: unit count, label for tables and charts
# region: the economy the zone belongs to (city or province), as path specs: {base: level in t0, growth: yearly rate}.
# It is the denominator of share targets (§1 "Region"; rest = region - zone) and of the share_gdp indicator (M11).
region:
  gdp: {base: 2500, growth: 0.05}     # gdp: the city's GDP in 2025 (real) and its expected growth; the zone here is 12% of it
# plan: what the plan states, per series (MODEL.md §1). growth = the average yearly rate over base-end (A1),
# or a year map of rates (A2); levels pin years (A2), each optionally with the rate the text states beside it (A3);
# parts list a year's components (A4), optionally with their total.
plan:
  gdp:                              # gdp: the plan for zone GDP (real)
    growth: 0.08                      # growth: "zone GDP +8% a year" over 2025-2030 (A1); typical targets 6-15%
    levels:                           # levels: years the plan pins to a stated level (A2)
      2026: {value: 324, growth: 0.08}   # 2026: value = the stated level, growth = the rate stated beside it (A3); check compares them (level-rate-mismatch)
  industrial_va:                    # industrial_va: the plan for industrial value added (real)
    growth: 0.085                     # growth: industrial value added +8.5% a year (A1)
  fiscal_revenue:                   # fiscal_revenue: the plan for fiscal revenue (nominal)
    growth: 0.06                      # growth: revenue +6% a year, nominal (A1)
  investment:                       # investment: the plan for fixed-asset investment (nominal)
    growth: 0.06                      # growth: fixed-asset investment +6% a year, nominal (A1); R4 derives the plan's implied ICOR from it
  infrastructure:                   # infrastructure: the plan for infrastructure investment (nominal)
    levels:                         # levels: a stated level, here without a growth beside it
      2026: 16                        # 2026: infrastructure investment in 2026 (A2); the model spends it unless model.infrastructure says otherwise
    parts:                            # parts: itemised components of a year's level (A4); check compares their sum with the level
      2026: {roads: 7, power: 4, water: 3, other: 2}   # 2026: roads, power, water, other: items that should add up to the 16 above (parts-exceed-total / parts-short-of-total)
  foreign_capital:                  # foreign_capital: the plan for foreign capital used (nominal)
    growth: 0.05                      # growth: foreign capital used +5% a year (A1)
  projects_new:                     # projects_new: the plan for the declared series
    levels:                         # levels: only an end-year level; the years between are interpolated
      2030: 50                        # 2030: 50 new projects signed in 2030 (A2), interpolated from 40 in 2025
# model: the zone's mechanism (MODEL.md §2), which gives the model path. Every number may instead be a
# distribution for Monte Carlo (U1): {dist: triangular, min, mode, max}, normal (mean, sd), lognormal
# (median, sd_log), uniform (min, max), pert (min, mode, max), discrete (values, weights); run and check
# use the mode (triangular, pert), the median (lognormal) or the mean (the others). A parameter left out
# falls back to its default, and check says so (default-assumed).
model:
  # capital_output_ratio: v, the ICOR: real project investment per unit of added annual real output (M4, R1).
  # China's gross ICOR is put at 3-5 (2000s), higher since; on project investment only, scale it by the
  # project share of investment. Default 4.
  capital_output_ratio: {dist: triangular, min: 3.5, mode: 4.5, max: 6}
  gestation_years: 1                  # gestation_years: ℓ, years before investment produces (M4, M6, R1, R4); 1-2 for factories. Default 1
  incumbent_growth: 0                 # incumbent_growth: e, real growth of existing firms' output without new investment (M4); 0-0.03. Default 0
  expansion: 0                        # expansion: X(t), real output added by enlarging the zone or moving firms in (M4), a path in money units. Default 0
  # infrastructure: S(t), infrastructure spending, nominal (M1, M10): a path spec; {growth: g} starts from base.infrastructure. Default: the plan's path
  infrastructure: {growth: 0.05}
  # attraction: D(t), project investment firms want to make, nominal (M2); {growth: g} starts from base investment - infrastructure. Default: plan investment - infrastructure
  attraction: {growth: 0.05}
  land:                               # land: areas in km² unless a unit is given (km2, mu, ha, m2, 平方公里, 畝). Without land:, land never limits investment
    planned: 40 km2                   # planned: A_max, the zone's planned area (規劃面積), the most that can be serviced (M1, R2)
    serviced: 25 km2                  # serviced: A(t0), land with roads and utilities (熟地, "七通一平") in the base year (M1, R3)
    used: 18 km2                      # used: U(t0), land occupied by firms in the base year (M2, M3, R2)
  # investment_intensity: κ, investment per area of used land, base-year prices (M2, M3, R2). Provincial standards 150-500 萬元/畝 (300 萬元/畝 = 45 億元/km²)
  investment_intensity: 300 wanyuan/mu
  servicing_cost: 3 yiyuan/km2        # servicing_cost: c, cost to service one km², base-year prices (M1, R3). Typical 1-5 億元/km²
  tax:                              # tax: revenue (M7) and tax relief (M6)
    buoyancy: 1                       # buoyancy: β, elasticity of revenue to taxable output (M7); 0.8-1.3. Default 1
    holiday:                          # holiday: tax relief for new firms (M6); write holiday: null for none
      free_years: 2                   # free_years: f, years of no tax after a firm starts producing ("兩免" = 2)
      half_years: 3                   # half_years: m, years at the reduced rate after that ("三減半" = 3)
      half_rate: 0.5                  # half_rate: the share of tax paid in the reduced years. Default 0.5
      eligible_share: 0.05            # eligible_share: η, the share of new firms' output that qualifies (0-1); small since 2008, when the general holiday ended
  finance:                            # finance: how infrastructure is paid for (M8-M10)
    budget_share: 0.2                 # budget_share: b, share of fiscal revenue put towards infrastructure and interest (M10); 0-0.3. Default 0
    land_price: 0.5 yiyuan/km2        # land_price: q, net proceeds of selling one km² of land to firms, base-year prices (M8). Default 0
    grants: 1                         # grants: G(t), transfers from higher government a year, a path in money units (M10). Default 0
    interest_rate: 0.04               # interest_rate: r, on the zone's debt (M9); loan prime rate plus a margin, 0.03-0.06. Default 0.06
    interest_subsidy: 0               # interest_subsidy: σ_r, share of interest paid by others (貼息) (M9); 0-1. Default 0
    debt: 20                          # debt: Debt(t0), the zone's debt in the base year, money units (M10). Default 0
    debt_limit: 1.0                   # debt_limit: the highest acceptable debt ratio Debt/R (M11; debt-limit-breached); 1.0 is the usual 100% line. Default 1
  industry_share_drift: 0             # industry_share_drift: yearly change factor of industry's share of GDP (M5); -0.02 to 0.02. Default 0
  growth_shock_sd: 0.03               # growth_shock_sd: σ, sd of the yearly log shock to output in Monte Carlo (U2); 0.02-0.06 (calibrate estimates it). Default 0
# checks: settings of the consistency checks (MODEL.md §4).
checks:
  icor_range: [2.5, 7]                # icor_range: [low, high] plausible ICOR; implied-icor (R4) warns outside it. Default [2.5, 7]
# targets: what the plan promises (MODEL.md §5), each checked on the plan path, the model path and in every draw.
# Every target has id (for --target), kind, series, bounds min and/or max, and an optional label {en, zh}.
# kind cagr: average growth from..to; share: the zone's share of a region series (of) in year; level: a
# value in year. Also growth, cumulative, ratio and expr (see docs/guide.md).
targets:
  # cagr target: series gdp grows at least (min) 8% a year from 2025 to 2030
  - {id: gdp-cagr, kind: cagr, series: gdp, from: 2025, to: 2030, min: 0.08, label: {en: "Zone GDP +8% a year, 2026-2030", zh: "開發區生產總值年均增長8%"}}
  # share target: zone gdp at least (min) 13% of the region's gdp (of: gdp, i.e. region.gdp) in year 2030
  - {id: gdp-share-2030, kind: share, series: gdp, of: gdp, year: 2030, min: 0.13, label: {en: "Zone GDP >= 13% of the city's in 2030", zh: "開發區生產總值佔全市13%以上"}}
  # level target: fiscal revenue at least (min) 32 億元 in year 2030; a bound may carry a unit ("32 億元")
  - {id: revenue-2030, kind: level, series: fiscal_revenue, year: 2030, min: 32, label: {en: "Fiscal revenue >= 3.2 bn yuan in 2030", zh: "2030年財政收入32億元以上"}}
# levers: parameters to vary (MODEL.md §7): path = the key path in this file, low and high = the range.
# Used by zonecast tornado (--target ID), sweep (--lever NAME) and solve (--target ID --lever NAME).
levers:
  icor: {path: model.capital_output_ratio, low: 3.5, high: 6}                  # icor: the ICOR over the distribution's range
  infrastructure-growth: {path: model.infrastructure.growth, low: 0, high: 0.1}   # infrastructure-growth: yearly growth of infrastructure spending
  attraction-growth: {path: model.attraction.growth, low: 0, high: 0.1}         # attraction-growth: yearly growth of investment demand
# variants: alternative versions of this scenario: id, label {en, zh}, and set = overrides written as --set would.
# zonecast compare ${fields.file} --variants shows them side by side.
variants:
  # no-tax-holiday: the same plan with model.tax.holiday set to null: no tax holiday
  - {id: no-tax-holiday, label: {en: "Without tax holiday", zh: "無稅收減免"}, set: {model.tax.holiday: null}}
  # weak-promotion: model.attraction.growth set to 0: investment demand stays at its base level
  - {id: weak-promotion, label: {en: "Investment demand flat", zh: "招商引資持平"}, set: {model.attraction.growth: 0}}
`
}
