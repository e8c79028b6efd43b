import type { ModelInput, Num, LevelPath, RatePath } from '@zonecast/core'

/** How a parameter's value is shown: its dimension decides the unit written after it. */
export type ParameterKind = 'ratio' | 'years' | 'rate' | 'money' | 'area' | 'money-per-area' | 'money-path' | 'rate-path'

/** A value as the scenario holds it: a number, a distribution, a path, or none given. */
export type ParameterValue = Num | LevelPath<Num> | RatePath<Num> | null | undefined

/** One parameter of MODEL.md §2 (or `inflation`, P0): where it is, what it means, how to read it. */
export interface ModelParameter {
  /** dotted key path in the scenario file, as `--set` and `default-assumed` name it */
  path: string
  kind: ParameterKind
  meaning: { en: string; zh: string }
  /** the value in a loaded scenario's model block (undefined when not given) */
  get(m: ModelInput<Num>): ParameterValue
}

/** A group of parameters a scenario gives whole or not at all (a land block, a tax holiday). */
export interface ParameterGroup {
  path: string
  meaning: { en: string; zh: string }
  /** undefined: not given (then the model defaults the group); null: stated as none */
  given(m: ModelInput<Num>): object | null | undefined
  members: readonly ModelParameter[]
}

const p = (path: string, kind: ParameterKind, en: string, zh: string, get: ModelParameter['get']): ModelParameter => ({ path, kind, meaning: { en, zh }, get })

/**
 * The parameters of MODEL.md §2's table, in its order, by the scenario file's key paths; groups
 * stand for their members when the scenario gives none of them.
 *
 * @example modelParameters[0].path // => "model.capital_output_ratio"
 */
export const modelParameters: readonly (ModelParameter | ParameterGroup)[] = [
  p('model.capital_output_ratio', 'ratio', 'ICOR v: real investment per unit of added annual output (M4)', '資本產出比 v：每單位新增年產出所需實際投資（M4）', (m) => m.capitalOutputRatio),
  p('model.gestation_years', 'years', 'gestation ℓ: years before investment produces (M4)', '投產滯後 ℓ：投資到產出的年數（M4）', (m) => m.gestationYears),
  p('model.incumbent_growth', 'rate', 'incumbent growth e: existing firms without new investment (M4)', '既有企業增長率 e（M4）', (m) => m.incumbentGrowth),
  p('model.expansion', 'money-path', 'expansion X(t): output added by enlarging the zone or relocation (M4)', '擴區或搬遷帶來的新增產出 X(t)（M4）', (m) => m.expansion),
  p('model.infrastructure', 'money-path', 'infrastructure spending S(t), current prices (M1)', '基礎設施投資 S(t)，現價（M1）', (m) => m.infrastructure),
  p('model.attraction', 'money-path', 'project investment demand D(t), current prices (M2)', '項目投資需求 D(t)，現價（M2）', (m) => m.attraction),
  {
    path: 'model.land',
    meaning: { en: 'land block: without one, land never limits investment (M1–M3)', zh: '土地參數：未給定時土地不限制投資（M1–M3）' },
    given: (m) => m.land,
    members: [
      p('model.land.planned', 'area', 'planned area A_max (M1)', '規劃面積 A_max（M1）', (m) => m.land?.planned),
      p('model.land.serviced', 'area', 'serviced land in the base year A(t0) (M1)', '基年已開發土地 A(t0)（M1）', (m) => m.land?.serviced),
      p('model.land.used', 'area', 'land in use in the base year U(t0) (M3)', '基年已使用土地 U(t0)（M3）', (m) => m.land?.used)
    ]
  },
  p('model.servicing_cost', 'money-per-area', 'servicing cost c per km², base-year prices (M1)', '每平方公里土地開發成本 c，基年價格（M1）', (m) => m.servicingCost),
  p('model.investment_intensity', 'money-per-area', 'investment intensity κ per km² used, base-year prices (M2, M3)', '投資強度 κ，每平方公里，基年價格（M2、M3）', (m) => m.investmentIntensity),
  p('model.tax.buoyancy', 'ratio', 'revenue buoyancy β (M7)', '稅收彈性 β（M7）', (m) => m.tax?.buoyancy),
  {
    path: 'model.tax.holiday',
    meaning: { en: 'tax holiday for new firms (M6)', zh: '新企業稅收優惠（M6）' },
    given: (m) => m.tax?.holiday,
    members: [
      p('model.tax.holiday.free_years', 'years', 'tax holiday: years free (M6)', '免稅年數（M6）', (m) => m.tax?.holiday?.freeYears),
      p('model.tax.holiday.half_years', 'years', 'tax holiday: years at the reduced rate (M6)', '減半徵收年數（M6）', (m) => m.tax?.holiday?.halfYears),
      p('model.tax.holiday.half_rate', 'rate', 'tax holiday: the reduced rate (M6)', '減徵期間稅率比例（M6）', (m) => m.tax?.holiday?.halfRate),
      p('model.tax.holiday.eligible_share', 'rate', 'tax holiday: share of new output eligible η (M6)', '享受優惠的新增產出比重 η（M6）', (m) => m.tax?.holiday?.eligibleShare)
    ]
  },
  p('model.finance.budget_share', 'rate', 'share of revenue for infrastructure and debt service b (M10)', '財政收入用於建設和償債的比重 b（M10）', (m) => m.finance?.budgetShare),
  p('model.finance.land_price', 'money-per-area', 'net land price q per km², base-year prices (M8)', '土地出讓淨收益 q，每平方公里，基年價格（M8）', (m) => m.finance?.landPrice),
  p('model.finance.grants', 'money-path', 'grants G(t) from higher government (M10)', '上級補助 G(t)（M10）', (m) => m.finance?.grants),
  p('model.finance.interest_rate', 'rate', 'interest rate r (M9)', '貸款利率 r（M9）', (m) => m.finance?.interestRate),
  p('model.finance.interest_subsidy', 'rate', 'interest subsidy σ_r (M9)', '貼息比例 σ_r（M9）', (m) => m.finance?.interestSubsidy),
  p('model.finance.debt', 'money', 'debt in the base year Debt(t0) (M10)', '基年債務 Debt(t0)（M10）', (m) => m.finance?.debt),
  p('model.finance.debt_limit', 'ratio', 'debt limit: debt over a year’s revenue (M11)', '債務率上限：債務與當年財政收入之比（M11）', (m) => m.finance?.debtLimit),
  p('model.industry_share_drift', 'rate', 'yearly change of industry’s share of GDP (M5)', '工業佔生產總值比重的年變化（M5）', (m) => m.industryShareDrift),
  p('model.growth_shock_sd', 'ratio', 'sd of the yearly log shock to output σ, Monte Carlo only (U2)', '產出年度對數衝擊標準差 σ，僅用於蒙特卡羅（U2）', (m) => m.growthShockSd)
]

/**
 * Whether an entry of `modelParameters` is a group.
 *
 * @example isParameterGroup(modelParameters[6]) // => true (model.land)
 */
export function isParameterGroup(x: ModelParameter | ParameterGroup): x is ParameterGroup {
  return 'members' in x
}
