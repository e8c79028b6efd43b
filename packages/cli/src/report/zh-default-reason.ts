/**
 * The reasons the core gives for its defaults (packages/core/src/model/model-params.ts), in
 * Chinese, by parameter. The core's messages are English; a default this table does not know
 * keeps the core's reason, so nothing is ever left unexplained.
 */
const reasons: Readonly<Record<string, string>> = {
  'model.capital_output_ratio': '2000年代中國全社會資本產出比約為3–5，取中值4',
  'model.gestation_years': '投資於次年形成產出',
  'model.incumbent_growth': '既有企業在沒有新增投資時不增長：增長全部來自投資和擴區',
  'model.expansion': '沒有擴區或企業搬遷帶來的新增產出',
  'model.land': '未給定土地參數，土地不限制投資',
  'model.tax.holiday': '沒有稅收優惠：新企業自投產起納稅',
  'model.tax.holiday.half_years': '免稅期後沒有減半徵收年份',
  'model.tax.holiday.half_rate': '減徵期間按一半稅率徵收',
  'model.tax.holiday.eligible_share': '全部新增產出享受優惠',
  'model.tax.buoyancy': '財政收入與應稅產出同比例增長',
  'model.finance.budget_share': '財政收入不用於基礎設施和償債：全部靠舉債',
  'model.finance.land_price': '土地出讓不為基礎設施籌資',
  'model.finance.grants': '沒有上級補助',
  'model.finance.interest_rate': '約為2000年代的基準貸款利率',
  'model.finance.interest_subsidy': '沒有貼息',
  'model.finance.debt_limit': '債務超過一年財政收入時提示',
  'model.finance.debt': '開發區起始時沒有債務',
  'model.industry_share_drift': '工業保持基年佔生產總值的比重',
  'model.growth_shock_sd': '產出沒有年度隨機衝擊（僅影響蒙特卡羅）'
}

/** Reasons that depend on what the scenario gives, keyed by the core's English reason. */
const byEnglish: Readonly<Record<string, string>> = {
  'infrastructure spending follows the plan’s infrastructure path, held flat after its last stated year': '基礎設施投資按規劃的基礎設施路徑，最後給定年份之後保持不變',
  'infrastructure spending stays at its base-year level': '基礎設施投資保持基年水平',
  'project investment demand is the plan’s fixed-asset investment less infrastructure spending (the base level before its first stated year)': '項目投資需求等於規劃固定資產投資減去基礎設施投資（首個給定年份之前取基年水平）',
  'project investment demand stays at its base-year level': '項目投資需求保持基年水平',
  'no base investment is given: no project investment is attracted': '未給定基年投資：沒有招商項目投資'
}

/**
 * A default's reason in Chinese.
 *
 * @param parameter the dotted path, e.g. `model.gestation_years`
 * @param english the core's reason, kept when no translation is known
 * @example zhDefaultReason('model.gestation_years', 'investment produces from the year after it is made') // => "投資於次年形成產出"
 */
export function zhDefaultReason(parameter: string, english: string): string {
  return byEnglish[english] ?? reasons[parameter] ?? english
}
