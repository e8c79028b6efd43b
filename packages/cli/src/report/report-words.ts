import type { Lang } from '../cli/global-options'

/** Every fixed word of a report, in English and in Chinese (traditional script, as the scenarios' labels). */
export interface ReportWords {
  /** list separator: ", " or "、" */
  comma: string
  years(base: number, end: number): string
  // summary
  summary: string
  scenarioId: string
  file: string
  period: string
  source: string
  noSource: string
  moneyUnit: string
  monteCarloKey: string
  monteCarlo(draws: string, seed: string): string
  overrides: string
  verdict(met: number, total: number, warnings: number): string
  generatedBy(version: string): string
  notes: string
  // targets
  targets: string
  noTargets: string
  targetHeader: readonly string[]
  met: string
  missed: string
  probabilityNote(draws: string): string
  // findings
  findings: string
  noFindings: string
  severity: Record<string, string>
  whatToDo: string
  // requirements
  requirements: string
  requirementsIntro: string
  amountsIn(money: string): string
  noRequirements: string
  requirementHeader: readonly string[]
  // paths
  paths: string
  pathsIntro: string
  // levers
  levers: string
  leversIntro(target: string): string
  leverHeader(target: string): readonly string[]
  // variants
  variants: string
  variantsIntro: string
  asWritten: string
  targetRow(id: string): string
  seriesRow(series: string, year: number): string
  requirementNames: Record<string, string>
  // assumptions
  assumptions: string
  assumptionsIntro: string
  assumptionHeader: readonly string[]
  stated: string
  distribution(central: string, range: string): string
  defaulted: string
  calibrated: string
  setOnCommandLine(option: string): string
  none: string
  planPath: string
  notGiven: string
  // charts
  captions: Record<string, string>
}

const en: ReportWords = {
  comma: ', ',
  years: (base, end) => `${base}–${end}`,
  summary: 'Scenario',
  scenarioId: 'Scenario id',
  file: 'File',
  period: 'Years (base–end)',
  source: 'Source',
  noSource: 'not stated in the scenario',
  moneyUnit: 'Money unit',
  monteCarloKey: 'Monte Carlo',
  monteCarlo: (draws, seed) => `${draws} draws, seed ${seed}`,
  overrides: 'Changed on the command line',
  verdict: (met, total, warnings) => `${met} of ${total} target${total === 1 ? '' : 's'} met on the model path; ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  generatedBy: (version) => `Written by zonecast ${version} (\`zonecast report\`); every number comes from \`zonecast check\`, \`simulate\`, \`tornado\` and \`compare\` on the same file.`,
  notes: 'Notes',
  targets: 'Targets',
  noTargets: 'The scenario states no targets.',
  targetHeader: ['target', 'label', 'bound', 'plan', 'model', 'probability', 'status', 'unit'],
  met: 'met',
  missed: 'MISSED',
  probabilityNote: (draws) =>
    `Plan: the target's value on the plan's own path. Model: on the model path, what investment, land and finance produce with the scenario's assumptions (MODEL.md §2); the status is the model path's. Probability: the share of ${draws} Monte Carlo draws that meet the target (MODEL.md U3).`,
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  whatToDo: 'What to do',
  requirements: 'What the plan path needs',
  requirementsIntro: "The investment, land, servicing and debt the plan's GDP path needs with the model's parameters (MODEL.md §3, R1–R5), as `zonecast check` computes them.",
  amountsIn: (money) => ` Amounts in ${money}.`,
  noRequirements: 'The scenario gives no plan path for GDP, so there are no requirements (MODEL.md §3).',
  requirementHeader: ['what the plan path needs', 'value'],
  paths: 'The main series',
  pathsIntro: 'The plan path, the model path at central values and the Monte Carlo range of the model path.',
  levers: 'Levers',
  leversIntro: (target) => `Each lever at its low and its high value, the others at their value in the scenario: the value of target ${target} at each end and the swing, largest first (MODEL.md §7). ✗ marks a value that misses the target.`,
  leverHeader: (target) => ['lever', 'low', 'high', 'value', `${target} at low`, 'at high', 'swing'],
  variants: 'Variants',
  variantsIntro: "The scenario as written and each of its variants: every target's model value and status, the end-year levels of the main series and the requirements (`zonecast compare --variants`). ✓ met, ✗ missed.",
  asWritten: 'as written',
  targetRow: (id) => `target ${id}`,
  seriesRow: (series, year) => `${series}, ${year}`,
  requirementNames: {
    project_investment_real_total: 'requires: new project investment (base-year prices)',
    land_needed_km2: 'requires: land (km²)',
    servicing_needed_real: 'requires: servicing (base-year prices)',
    implied_icor: 'requires: implied ICOR (R4)'
  },
  assumptions: 'Assumptions',
  assumptionsIntro:
    'Every parameter of the zone model (MODEL.md §2) with the value this report uses and where it came from: stated in the scenario, a distribution (the deterministic paths use its central value, the Monte Carlo draws from it), a default zonecast assumed because the scenario is silent, or calibrated from history (`zonecast calibrate --write-scenario`).',
  assumptionHeader: ['parameter', 'meaning', 'value', 'source', 'why'],
  stated: 'stated',
  distribution: (central, range) => `${central} (${range})`,
  defaulted: 'DEFAULT',
  calibrated: 'CALIBRATED',
  setOnCommandLine: (option) => `set with ${option}`,
  none: 'none',
  planPath: 'plan path',
  notGiven: 'not given',
  captions: {
    targets: 'Every target on the model path: met or missed, and by how much.',
    projection: 'The main series: history, plan path, model path and the targets on it.',
    fan: 'The Monte Carlo range of the main series on the model path.',
    land: 'Land on the model path: planned, serviced (M1) and in use (M3).',
    finance: 'Debt (M10) and the debt ratio (M11) against its limit.',
    tornado: 'What moves the first target: each lever at its low and high value.',
    compare: 'The main series on the model path of the scenario and each variant.'
  }
}

const zh: ReportWords = {
  comma: '、',
  years: (base, end) => `${base}–${end}年`,
  summary: '情景',
  scenarioId: '情景編號',
  file: '文件',
  period: '年份（基年–末年）',
  source: '資料來源',
  noSource: '情景未註明',
  moneyUnit: '貨幣單位',
  monteCarloKey: '蒙特卡羅模擬',
  monteCarlo: (draws, seed) => `${draws}次，隨機種子${seed}`,
  overrides: '命令行修改',
  verdict: (met, total, warnings) => `模型路徑上${total}項目標達成${met}項；警告${warnings}條。`,
  generatedBy: (version) => `由 zonecast ${version} 生成（\`zonecast report\`）；所有數字均來自對同一文件運行的 \`zonecast check\`、\`simulate\`、\`tornado\` 和 \`compare\`。`,
  notes: '說明',
  targets: '目標',
  noTargets: '情景未設定目標。',
  targetHeader: ['目標', '名稱', '要求', '規劃', '模型', '概率', '狀態', '單位'],
  met: '達成',
  missed: '未達成',
  probabilityNote: (draws) =>
    `規劃：目標在規劃自身路徑上的值。模型：在模型路徑上，即按情景假設由投資、土地和財政推算的值（MODEL.md §2）；狀態以模型路徑為準。概率：${draws}次蒙特卡羅模擬中達成目標的比例（MODEL.md U3）。`,
  findings: '檢查發現',
  noFindings: '沒有發現問題。',
  severity: { error: '錯誤', warning: '警告', info: '提示' },
  whatToDo: '建議',
  requirements: '規劃路徑的要求',
  requirementsIntro: '按模型參數，實現規劃生產總值路徑所需的投資、土地、開發投入和債務（MODEL.md §3，R1–R5），與 `zonecast check` 的計算相同。',
  amountsIn: (money) => `金額單位：${money}。`,
  noRequirements: '情景沒有生產總值的規劃路徑，因此沒有要求（MODEL.md §3）。',
  requirementHeader: ['規劃路徑的要求', '數值'],
  paths: '主要指標',
  pathsIntro: '規劃路徑、按中心值計算的模型路徑，以及模型路徑的蒙特卡羅區間。',
  levers: '政策槓桿',
  leversIntro: (target) => `每個槓桿分別取低值和高值，其他槓桿保持情景中的值：目標 ${target} 在兩端的值及其擺幅，按擺幅從大到小排列（MODEL.md §7）。✗ 表示未達成目標。`,
  leverHeader: (target) => ['槓桿', '低值', '高值', '情景值', `低值時${target}`, '高值時', '擺幅'],
  variants: '方案比較',
  variantsIntro: '原情景與各變體方案：每項目標的模型值和狀態、主要指標的末年水平及要求（`zonecast compare --variants`）。✓ 達成，✗ 未達成。',
  asWritten: '原方案',
  targetRow: (id) => `目標 ${id}`,
  seriesRow: (series, year) => `${year}年${series}`,
  requirementNames: {
    project_investment_real_total: '要求：新增項目投資（基年價格）',
    land_needed_km2: '要求：土地（平方公里）',
    servicing_needed_real: '要求：土地開發投入（基年價格）',
    implied_icor: '要求：隱含資本產出比（R4）'
  },
  assumptions: '假設',
  assumptionsIntro:
    '開發區模型（MODEL.md §2）的每個參數、本報告採用的值及其來源：情景中給定、概率分佈（確定性路徑取其中心值，蒙特卡羅從中抽樣）、情景未給定而由 zonecast 採用的默認值，或由歷史數據校準（`zonecast calibrate --write-scenario`）。',
  assumptionHeader: ['參數', '含義', '數值', '來源', '理由'],
  stated: '給定',
  distribution: (central, range) => `${central}（${range}）`,
  defaulted: '默認值',
  calibrated: '歷史校準',
  setOnCommandLine: (option) => `命令行 ${option}`,
  none: '無',
  planPath: '規劃路徑',
  notGiven: '未給定',
  captions: {
    targets: '模型路徑上的每項目標：是否達成及差距。',
    projection: '主要指標：歷史、規劃路徑、模型路徑及其目標。',
    fan: '主要指標模型路徑的蒙特卡羅區間。',
    land: '模型路徑上的土地：規劃、已開發（M1）和已使用（M3）。',
    finance: '債務（M10）及債務率（M11）與其上限。',
    tornado: '影響第一項目標的因素：每個槓桿取低值和高值。',
    compare: '原情景與各變體方案模型路徑上的主要指標。'
  }
}

/**
 * The report's words in a language.
 *
 * @example reportWords('zh').targets // => "目標"
 */
export function reportWords(lang: Lang): ReportWords {
  return lang === 'zh' ? zh : en
}
