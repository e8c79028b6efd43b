import type { StarterFields } from './starter-fields'

/**
 * The Chinese starter scenario of `zonecast init --lang zh`: every key of shared/INTERFACE.md's
 * scenario example with placeholder numbers for a generic zone, the comments in Chinese
 * (traditional characters, as in the seed scenarios), units as Chinese names (億元, 萬元/畝,
 * 平方公里), each key explained in a comment (meaning, unit, typical values, the MODEL.md label).
 *
 * @example starterScenarioZh({ id: 'my-zone', file: 'my-zone.yaml' }).startsWith('#') // => true
 */
export function starterScenarioZh(fields: StarterFields): string {
  return `# zonecast 情景文件範本，由 zonecast init --lang zh 生成。
#
# 以下所有數字都是一個普通省級開發區的示例數（佔位數）：請換成貴區的實際數字，
# 並在註釋中寫明每個數字的出處（講話、規劃、統計年鑑，或自己的計算）。然後運行：
#   zonecast check ${fields.file} --lang zh
#       目標、檢查結果和規劃路徑的要求（退出碼 0：全部達到；1：有目標未達到）
#   zonecast run ${fields.file} --lang zh
#       規劃路徑和模型路徑，逐年列出
#   zonecast check ${fields.file} --draws 2000 --lang zh
#       加上每個目標的達成概率（蒙特卡羅模擬）
# 註釋中的 (A1)、(M4)、(R2) 等是開發區模型中公式的編號，見 zonecast 代碼庫中 docs/guide.md 的“The model”一節。
# 不帶單位的金額以 億元 計（見 money），比率寫成小數（0.08 即每年 8%，也可寫 "8%"），
# 不帶單位的面積以 平方公里 計。

# id：情景的簡稱，用於輸出和文件名（<id>.run.csv）。只用字母、數字、“.”、“_”、“-”。
id: ${fields.id}
# title：規劃名稱，en 為英文，zh 為中文；--lang 決定輸出哪一個。
title:
  en: "Example development zone, 15th Five-Year Plan (2026-2030)"   # en：英文名稱
  zh: "示例開發區“十五五”規劃（2026—2030年）"                       # zh：中文名稱，繁體、簡體均可
# source：數字的出處，自由文字（講話、規劃文件、統計年鑑及頁碼）。
source: "zonecast init 生成的示例數：請換成貴區的實際數字並註明出處"
# money：本文件中不帶單位的金額所用的單位：億元（常用）、萬元、元、萬億元（或 yiyuan、wanyuan、yuan、wanyiyuan）。
money: 億元
# exchange_rate：匯率，每美元合多少人民幣，只用於換算以美元表示的數（如下面的 foreign_capital）。
# 2010 年以來一般在 6.2—7.3 之間；取基期年的年平均匯率。
exchange_rate: 7.1
# years：base 為最後一個有實際數據的年份（基期 t0，其數值寫在 base: 下），end 為規劃的最後一年（T）。
# 2026—2030 年的五年規劃：base 2025，end 2030。跨度最多 100 年。
years:
  base: 2025   # base：基期年 t0（實際數）
  end: 2030    # end：規劃末年 T；共預測 n = T - t0 年
# inflation：每年的價格上漲率 π(t)，用於價格指數 p(t)（P0）：一個比率，或按年份寫 {2026: 0.01, 2027: 0.02}。
# 用於可比價（基期年不變價）與現價之間的換算。一般 0.00—0.03。
inflation: 0.02
# base：基期年（t0）的實際數，每個指標一個，不帶單位的金額以 money 計。
# 它們是規劃路徑的起點（A1），也是模型路徑的起點（M4、M5、M7；P(t0) = 投資 - 基礎設施投資，M2）。
base:
  gdp: 300                    # gdp：開發區地區生產總值，可比價；M4 中的 Y(t0)。中等規模的省級開發區一般 100—1000 億元
  industrial_va: 190          # industrial_va：工業增加值，可比價；M5 中的 V(t0)。常佔開發區生產總值的 50%—80%
  fiscal_revenue: 24          # fiscal_revenue：開發區財政收入，現價；M7 中的 R(t0)。常為生產總值的 6%—12%
  investment: 120             # investment：固定資產投資，現價；M2b 和 R4 中的 I。常為生產總值的 30%—60%
  infrastructure: 15          # infrastructure：基礎設施投資，現價；M1 和 M10 中的 S。常佔投資的 5%—20%
  foreign_capital: "3 億美元"  # foreign_capital：實際利用外資，帶單位（億美元）；模型不計算它，模型路徑沿用規劃路徑
  projects_new: 40            # projects_new：在下面 series: 中聲明的新指標（每年新簽約項目數）；模型路徑沿用規劃路徑
# history：基期以前各年的實際數，用於圖表（歷史點）、zonecast calibrate 和基期以前的投資
# （M2；滯後 2 年以上時的 R4）。需要時去掉 # 並填寫，或指向一個 CSV 文件：
# history:
#   gdp: {2021: 221, 2022: 240, 2023: 262, 2024: 281}    # 開發區生產總值，單位同 base
#   investment: {2023: 105, 2024: 112}
#   # 或者：{file: zone-history.csv, region: 吉林省, series: gdp}   （長表或寬表 CSV，路徑相對於本文件）
# series：各指標的設置。prices：real（可比價，基期年不變價）或 nominal（現價），見 P0。
# 內置指標已有價格口徑（gdp、industrial_va 為可比價；財政收入、投資為現價）；新指標需要
# unit：money（金額）、area（面積）、count（個數）或 ratio（比率），可加 label {en, zh}。
series:
  gdp: {prices: real}                 # gdp：按可比價，中國的規劃一般按可比價表述生產總值增速
  fiscal_revenue: {prices: nominal}   # fiscal_revenue：按現價，中國的規劃一般按現價表述財政收入
  projects_new: {unit: count, label: {en: "New projects signed", zh: "新簽約項目"}}   # projects_new：新指標：unit 為個數，label 用於表格和圖表
# region：開發區所在的地區（市或省）的路徑：{base: 基期年的數, growth: 年增長率}。
# 它是佔比目標的分母（§1“Region”；地區其餘部分 = 地區 - 開發區），也是 share_gdp 指標（M11）的分母。
region:
  gdp: {base: 2500, growth: 0.05}     # gdp：全市 2025 年生產總值（可比價）和預期增速；開發區現佔 12%
# plan：規劃寫明的數字，按指標（MODEL.md §1）。growth 為基期到末年的年均增速（A1），
# 或按年份寫的增速（A2）；levels 固定某些年份的水平（A2），可同時寫出原文並列的增速（A3）；
# parts 列出某年水平的分項（A4），可加 total（合計）。
plan:
  gdp:                              # gdp：開發區生產總值的規劃（可比價）
    growth: 0.08                      # growth：“開發區生產總值年均增長 8%”，2025—2030 年（A1）；目標一般 6%—15%
    levels:                           # levels：規劃寫明水平的年份（A2）
      2026: {value: 324, growth: 0.08}   # 2026：value 為寫明的水平，growth 為原文並列的增速（A3）；check 會比較兩者（level-rate-mismatch）
  industrial_va:                    # industrial_va：工業增加值的規劃（可比價）
    growth: 0.085                     # growth：工業增加值年均增長 8.5%（A1）
  fiscal_revenue:                   # fiscal_revenue：財政收入的規劃（現價）
    growth: 0.06                      # growth：財政收入年均增長 6%，現價（A1）
  investment:                       # investment：固定資產投資的規劃（現價）
    growth: 0.06                      # growth：固定資產投資年均增長 6%，現價（A1）；R4 據此算出規劃隱含的資本產出比
  infrastructure:                   # infrastructure：基礎設施投資的規劃（現價）
    levels:                         # levels：寫明的水平，這裡沒有並列的增速
      2026: 16                        # 2026：2026 年基礎設施投資（A2）；除非 model.infrastructure 另有規定，模型按此投入
    parts:                            # parts：某年水平的分項（A4）；check 比較分項之和與總數
      2026: {roads: 7, power: 4, water: 3, other: 2}   # 2026：道路 roads、電力 power、供水 water、其他 other，合計應為上面的 16（parts-exceed-total / parts-short-of-total）
  foreign_capital:                  # foreign_capital：實際利用外資的規劃（現價）
    growth: 0.05                      # growth：實際利用外資年均增長 5%（A1）
  projects_new:                     # projects_new：上面聲明的新指標的規劃
    levels:                         # levels：只寫末年水平，中間各年插值
      2030: 50                        # 2030：2030 年新簽約項目 50 個（A2），從 2025 年的 40 個插值
# model：開發區的運行機制（MODEL.md §2），得出模型路徑。每個數字都可換成蒙特卡羅模擬用的
# 概率分佈（U1）：{dist: triangular, min, mode, max}（三角分佈）、normal (mean, sd)、lognormal
# (median, sd_log)、uniform (min, max)、pert (min, mode, max)、discrete (values, weights)；run 和 check
# 取眾數（triangular、pert）、中位數（lognormal）或均值（其他）。沒寫的參數取默認值，check 會列出（default-assumed）。
model:
  # capital_output_ratio：v，資本產出比（ICOR）：每增加一單位年產出（可比價）所需的項目投資（M4、R1）。
  # 中國的總 ICOR 在 2000 年代約為 3—5，此後更高；只算項目投資時，應乘以項目投資佔總投資的比重。默認 4。
  capital_output_ratio: {dist: triangular, min: 3.5, mode: 4.5, max: 6}
  gestation_years: 1                  # gestation_years：ℓ，投資到投產的年數（M4、M6、R1、R4）；工廠一般 1—2 年。默認 1
  incumbent_growth: 0                 # incumbent_growth：e，現有企業不靠新投資的實際增長率（M4）；0—0.03。默認 0
  expansion: 0                        # expansion：X(t)，擴區或企業遷入帶來的新增產出（可比價，M4），金額路徑。默認 0
  infrastructure: {growth: 0.05}      # infrastructure：S(t)，基礎設施投資，現價（M1、M10）：路徑；{growth: g} 從 base.infrastructure 起算。默認按規劃路徑
  attraction: {growth: 0.05}          # attraction：D(t)，企業願意投入的項目投資（招商引資），現價（M2）；{growth: g} 從基期投資減基礎設施投資起算。默認為規劃投資減基礎設施投資
  land:                               # land：面積，不帶單位時以平方公里計（可用 平方公里、畝、公頃、km2、mu、ha）。沒有 land: 時土地不限制投資
    planned: 40 平方公里              # planned：A_max，規劃面積，最多可開發的土地（M1、R2）
    serviced: 25 平方公里             # serviced：A(t0)，基期已完成基礎設施配套的熟地（“七通一平”，M1、R3）
    used: 18 平方公里                 # used：U(t0)，基期企業已佔用的土地（M2、M3、R2）
  investment_intensity: 300 萬元/畝   # investment_intensity：κ，單位已用地面積的投資（投資強度），基期價格（M2、M3、R2）。各省標準一般 150—500 萬元/畝（300 萬元/畝 = 45 億元/平方公里）
  servicing_cost: 3 億元/平方公里     # servicing_cost：c，開發一平方公里土地的費用，基期價格（M1、R3）。一般 1—5 億元/平方公里
  tax:                              # tax：財政收入（M7）和稅收減免（M6）
    buoyancy: 1                       # buoyancy：β，財政收入對應稅產出的彈性（M7）；0.8—1.3。默認 1
    holiday:                          # holiday：新企業的稅收減免（M6）；沒有減免時寫 holiday: null
      free_years: 2                   # free_years：f，投產後免稅的年數（“兩免” = 2）
      half_years: 3                   # half_years：m，其後減半徵收的年數（“三減半” = 3）
      half_rate: 0.5                  # half_rate：減徵年份實際繳納的比例。默認 0.5
      eligible_share: 0.05            # eligible_share：η，新企業產出中享受減免的比重（0—1）；2008 年普遍性減免取消後一般很小
  finance:                            # finance：基礎設施資金的來源（M8—M10）
    budget_share: 0.2                 # budget_share：b，財政收入中用於基礎設施和付息的比重（M10）；0—0.3。默認 0
    land_price: 0.5 億元/平方公里     # land_price：q，向企業出讓一平方公里土地的淨收入，基期價格（M8）。默認 0
    grants: 1                         # grants：G(t)，上級每年的補助，金額路徑（M10）。默認 0
    interest_rate: 0.04               # interest_rate：r，開發區債務的利率（M9）；貸款市場報價利率加點，0.03—0.06。默認 0.06
    interest_subsidy: 0               # interest_subsidy：σ_r，由他方承擔的利息比重（貼息，M9）；0—1。默認 0
    debt: 20                          # debt：Debt(t0)，基期的債務餘額，金額（M10）。默認 0
    debt_limit: 1.0                   # debt_limit：可接受的最高債務率 Debt/R（M11；debt-limit-breached）；1.0 即常用的 100% 警戒線。默認 1
  industry_share_drift: 0             # industry_share_drift：工業佔生產總值比重的年變化率（M5）；-0.02—0.02。默認 0
  growth_shock_sd: 0.03               # growth_shock_sd：σ，蒙特卡羅模擬中產出年度對數衝擊的標準差（U2）；0.02—0.06（calibrate 可估算）。默認 0
# checks：一致性檢查的設置（MODEL.md §4）。
checks:
  icor_range: [2.5, 7]                # icor_range：[下限, 上限]，合理的資本產出比範圍；超出時 implied-icor（R4）發出警告。默認 [2.5, 7]
# targets：規劃承諾的目標（MODEL.md §5），在規劃路徑、模型路徑和每次模擬中檢驗。
# 每個目標有 id（供 --target 使用）、kind（類型）、series（指標）、界限 min 和/或 max、可選的 label {en, zh}。
# kind 為 cagr：from 到 to 的年均增速；share：開發區佔地區指標（of）的比重，year 年；level：year 年的水平。
# 另有 growth、cumulative、ratio 和 expr（見 docs/guide.md）。
targets:
  # cagr 目標：gdp 在 2025—2030 年年均增長不低於（min）8%
  - {id: gdp-cagr, kind: cagr, series: gdp, from: 2025, to: 2030, min: 0.08, label: {en: "Zone GDP +8% a year, 2026-2030", zh: "開發區生產總值年均增長8%"}}
  # share 目標：2030 年（year）開發區 gdp 佔地區 gdp（of: gdp，即 region.gdp）的比重不低於（min）13%
  - {id: gdp-share-2030, kind: share, series: gdp, of: gdp, year: 2030, min: 0.13, label: {en: "Zone GDP >= 13% of the city's in 2030", zh: "開發區生產總值佔全市13%以上"}}
  # level 目標：2030 年（year）財政收入不低於（min）32 億元；界限可帶單位（"32 億元"）
  - {id: revenue-2030, kind: level, series: fiscal_revenue, year: 2030, min: "32 億元", label: {en: "Fiscal revenue >= 3.2 bn yuan in 2030", zh: "2030年財政收入32億元以上"}}
# levers：要變動的參數（MODEL.md §7）：path 為本文件中的鍵路徑，low 和 high 為變動範圍。
# 供 zonecast tornado（--target ID）、sweep（--lever 名稱）和 solve（--target ID --lever 名稱）使用。
levers:
  icor: {path: model.capital_output_ratio, low: 3.5, high: 6}                  # icor：資本產出比，取上面分佈的範圍
  infrastructure-growth: {path: model.infrastructure.growth, low: 0, high: 0.1}   # infrastructure-growth：基礎設施投資的年增長率
  attraction-growth: {path: model.attraction.growth, low: 0, high: 0.1}         # attraction-growth：招商引資項目投資的年增長率
# variants：本情景的不同版本：id、label {en, zh}，以及 set（覆蓋的值，寫法同 --set）。
# zonecast compare ${fields.file} --variants 把它們並排比較。
variants:
  # no-tax-holiday：同一規劃，model.tax.holiday 設為 null，即沒有稅收減免
  - {id: no-tax-holiday, label: {en: "Without tax holiday", zh: "無稅收減免"}, set: {model.tax.holiday: null}}
  # weak-promotion：model.attraction.growth 設為 0，招商引資項目投資保持基期水平
  - {id: weak-promotion, label: {en: "Investment demand flat", zh: "招商引資持平"}, set: {model.attraction.growth: 0}}
`
}
