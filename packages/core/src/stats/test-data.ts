/**
 * Shared test data: Jilin's nominal GDP 2000–2016 in 億元, the row `220000000,吉林省` of
 * shared/data/china-province-gdp-2000-2016.csv (a clean row: no history-outlier).
 */
export const JILIN_YEARS = Array.from({ length: 17 }, (_, i) => 2000 + i)
export const JILIN_GDP = [1821.19, 2120.35, 2348.54, 2662.08, 3122.01, 3620.27, 4275.12, 5284.69, 6426.1, 7278.75, 8577.06, 10530.71, 11939.24, 12981.46, 13803.81, 14274.11, 14886.23]
