import type { Lang } from '../cli/global-options'

/** What a finding means and what to do about it, in one language. */
export interface Advice {
  /** a short name of the finding */
  title: string
  /** what to do, for a planner */
  action: string
}

/** Every finding code of MODEL.md §4, explained as README.md's "Findings" table explains it. */
const advice: Readonly<Record<string, Record<Lang, Advice>>> = {
  'level-rate-mismatch': {
    en: { title: 'a stated level and its stated growth disagree', action: 'One of the three numbers is wrong, or they measure different things (coverage, price basis): find out which.' },
    zh: { title: '規劃水平與並列的增速不一致', action: '三個數字之一有誤，或口徑不同（統計範圍、價格基礎）：查明是哪一個。' }
  },
  'parts-exceed-total': {
    en: { title: 'the itemised parts exceed their total', action: 'Either the total or the list is incomplete: reconcile them.' },
    zh: { title: '分項之和超過總數', action: '總數或分項清單不完整：核對兩者。' }
  },
  'parts-short-of-total': {
    en: { title: 'the itemised parts fall short of their total', action: 'Either the total or the list is incomplete: reconcile them.' },
    zh: { title: '分項之和少於總數', action: '總數或分項清單不完整：核對兩者。' }
  },
  'front-loaded': {
    en: { title: 'growth is front-loaded', action: 'Ask what the first-year jump comes from and whether it recurs.' },
    zh: { title: '增長集中在第一年', action: '查明第一年的跳升從何而來，以及能否持續。' }
  },
  'implied-rest-growth': {
    en: { title: 'a share target fixes how fast the rest of the region may grow', action: 'Compare that growth with what the region is expected to do.' },
    zh: { title: '比重目標限定了區域其餘部分的增速', action: '將這一增速與區域的預期增長相比較。' }
  },
  'mixed-price-basis': {
    en: { title: 'constant and current prices are mixed', action: "State the scenario's inflation, or the series' prices." },
    zh: { title: '可比價與現價混用', action: '在情景中給出通脹率（inflation），或註明序列的價格基礎（prices）。' }
  },
  'target-unreachable-on-plan': {
    en: { title: "the plan's own path misses a target", action: 'The plan contradicts itself: correct the target or the path the plan states.' },
    zh: { title: '規劃自身路徑未達到目標', action: '規劃自相矛盾：修正目標或規劃路徑。' }
  },
  'implied-icor': {
    en: {
      title: "the plan's investment per unit of added output (R4)",
      action: "Below the range the plan's growth is optimistic for its investment; above it, the investment is ambitious for its growth. Check both against the zone's record."
    },
    zh: { title: '規劃隱含的資本產出比（R4）', action: '低於合理區間，說明相對投資而言增長目標偏樂觀；高於區間，說明相對增長而言投資偏大。用開發區的歷史數據核對兩者。' }
  },
  'land-short': {
    en: { title: 'the plan needs more land than is left (R2)', action: 'Raise the investment intensity, enlarge or reclaim land, or lower the target.' },
    zh: { title: '規劃所需土地超過可用土地（R2）', action: '提高投資強度、擴大或盤活土地，或降低目標。' }
  },
  'debt-limit-breached': {
    en: { title: 'debt exceeds its limit on the model path (M10, M11)', action: 'Slow the infrastructure programme or fund it otherwise (budget share, land sales, grants).' },
    zh: { title: '模型路徑上債務超過上限（M10、M11）', action: '放緩基礎設施建設，或另籌資金（財政撥款比例、土地出讓、上級補助）。' }
  },
  'default-assumed': {
    en: { title: 'a model parameter fell back to its default', action: 'State the parameter in the scenario when you know better (see Assumptions).' },
    zh: { title: '模型參數採用默認值', action: '如有更好的依據，在情景中給定該參數（見“假設”）。' }
  },
  'history-outlier': {
    en: { title: 'an observed value breaks its series’ pattern', action: 'Check the value against its source: a dropped digit or a value from the wrong row is common.' },
    zh: { title: '歷史數據異常', action: '核對原始資料：常見的是漏寫一位數或抄錯行。' }
  }
}

/**
 * A finding's short name and what to do about it, in the report's language; a code this table
 * does not know (a newer core) gets a neutral line rather than none.
 *
 * @example findingAdvice('land-short', 'en').action // => "Raise the investment intensity, enlarge or reclaim land, or lower the target."
 */
export function findingAdvice(code: string, lang: Lang): Advice {
  return advice[code]?.[lang] ?? (lang === 'zh' ? { title: code, action: '見上述說明。' } : { title: code, action: 'See the message above.' })
}
