/**
 * End-to-end: hostile and broken inputs (issue 9, item 1). Each file in test/hostile/ is one case
 * (most are test/hostile/valid-base.yaml edited in one place); the table gives its exit code,
 * fragments of its message and where that expectation comes from (the rule or limit, by file and
 * constant). Large cases (10 MB files, 100,000 levels of nesting, a 100,000-term expression) are
 * generated here at run time, not committed.
 *
 * Every case must also: exit within `HANG_MS`, stay within `HEAP_MB` of heap (the child runs with
 * `--max-old-space-size`, so a blow-up ends it with a non-2 code), print no stack trace and no
 * "internal error", and on exit 2 print nothing on standard output.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliBin, runCli } from './support/run-cli'

/** A case slower than this hangs: a check takes ~0.4 s; the margin is for a busy 2-core machine. */
const HANG_MS = 8_000
/** Heap a case may use: a seed's check needs about 40 MB. */
const HEAP_MB = 256
const HOSTILE = fileURLToPath(new URL('./hostile/', import.meta.url))
const TEN_MB = 10 * 1024 * 1024

interface HostileCase {
  /** the input, in test/hostile/ (or, for generated cases, in a temporary folder) */
  file: string
  /** the command line; default `check FILE` */
  args?: string[]
  /** the expected exit code */
  exit: number
  /** fragments the standard error must contain */
  words: string[]
  /** where the expectation comes from */
  why: string
  /** standard input */
  input?: Buffer
}

const cases: HostileCase[] = [
  { file: "billion-laughs.yaml", exit: 2, words: ["its aliases (*name) expand past 1000 nodes"], why: "yaml-source.ts MAX_ALIAS_COUNT: 10^9 strings if expanded" },
  { file: "quadratic-aliases.yaml", exit: 2, words: ["its aliases (*name) expand past 1000 nodes"], why: "MAX_ALIAS_COUNT: 1000 aliases of a 100-item list, 100,000 nodes" },
  { file: "alias-in-plan.yaml", exit: 2, words: ["plan.investment.growth: a growth rate needs the base-year level of investment"], why: "a legitimate alias expands once; the usual checks still apply" },
  { file: "undefined-alias.yaml", exit: 2, words: ["nowhere"], why: "the yaml library: an alias with no anchor" },
  { file: "alias-cycle-merge.yaml", exit: 2, words: ["x"], why: "a self-referencing alias is refused by the parser" },
  { file: "nested-block-100.yaml", exit: 2, words: ["maps and lists nest deeper than 64 levels"], why: "yaml-source.ts MAX_NESTING_DEPTH, block style" },
  { file: "nested-flow-65.yaml", exit: 2, words: ["nested-flow-65.yaml:3:68 maps and lists nest deeper than 64 levels"], why: "MAX_NESTING_DEPTH, one level past it: the 65th [ is at column 4 + 64 of line 3" },
  { file: "nested-flow-60-unknown-key.yaml", exit: 2, words: ["x: unknown key \"x\""], why: "within MAX_NESTING_DEPTH: parsed, then an ordinary unknown key" },
  { file: "many-keys.yaml", exit: 2, words: ["the document has more than 50,000 keys, values and brackets"], why: "yaml-source.ts MAX_YAML_TOKENS" },
  { file: "nan-base.yaml", exit: 2, words: ["base.gdp: NaN is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "infinity-base.yaml", exit: 2, words: ["base.gdp: Infinity is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-base.yaml", exit: 2, words: ["base.gdp: 1e+308 is larger than 1000000000000000 in magnitude"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-growth.yaml", exit: 2, words: ["plan.gdp.growth: 1e+308 is larger than 1000000000000000"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "minus-infinity-growth.yaml", exit: 2, words: ["plan.gdp.growth: -Infinity is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "growth-above-1000-percent.yaml", exit: 2, words: ["plan.gdp.growth: 12 is above 10"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "nan-region-base.yaml", exit: 2, words: ["region.gdp.base: NaN is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e300-region-growth.yaml", exit: 2, words: ["region.gdp.growth: 1e+300 is larger than 1000000000000000"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "nan-icor.yaml", exit: 2, words: ["model.capital_output_ratio: NaN is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-icor.yaml", exit: 2, words: ["model.capital_output_ratio: 1e+308 is larger than 1000000000000000"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-sd.yaml", exit: 2, words: ["model.capital_output_ratio.sd: 1e+308 is larger than"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "infinity-land.yaml", exit: 2, words: ["model.land.planned: Infinity is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-land.yaml", exit: 2, words: ["model.land.planned: 1e+308 is larger than"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-intensity-unit.yaml", exit: 2, words: ["model.investment_intensity: \"1e308 wanyuan/mu\" is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e300-cost-unit.yaml", exit: 2, words: ["model.servicing_cost: \"1e300 yiyuan/km2\" is 1e+300, which is larger than"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "nan-text-intensity.yaml", exit: 2, words: ["\"NaN wanyuan/mu\" is not a number or a quantity"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "nan-target-min.yaml", exit: 2, words: ["targets[0].min: NaN is not a valid value here"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "infinity-target-min.yaml", exit: 2, words: ["targets[0].min: Infinity is not a valid value here"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "1e308-target-min.yaml", exit: 2, words: ["targets[0].min: 1e+308 is larger than"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "infinity-free-years.yaml", exit: 2, words: ["model.tax.holiday.free_years: Infinity is not a finite number"], why: "leaf.ts: finite numbers only, at most MAX_MAGNITUDE (1e15), growth at most MAX_GROWTH_RATE (10)" },
  { file: "5e-324-share-min.yaml", exit: 2, words: ["targets[1].min: 5e-324 is smaller than 1e-12 in magnitude but not 0"], why: "fuzzing found Infinity in implied-rest-growth; leaf.ts MIN_MAGNITUDE refuses the bound" },
  { file: "5e-324-base.yaml", exit: 2, words: ["base.gdp: 5e-324 is smaller than 1e-12 in magnitude but not 0"], why: "fuzzing found Infinity in level-rate-mismatch and front-loaded (growth from a denormal base): leaf.ts MIN_MAGNITUDE" },
  { file: "nan-inflation.yaml", exit: 2, words: ["inflation: NaN is not a finite number"], why: "leaf.ts: finite numbers only" },
  { file: "1e308-inflation.yaml", exit: 2, words: ["inflation: 1e+308 is larger than 1000000000000000"], why: "leaf.ts MAX_MAGNITUDE" },
  { file: "inflation-above-1000-percent.yaml", exit: 2, words: ["inflation: 11 is above 10"], why: "read-paths.ts MAX_GROWTH_RATE: inflation is a rate path" },
  { file: "infinity-exchange-rate.yaml", exit: 2, words: ["exchange_rate: expected a number, got Infinity"], why: "scenario-schema.ts: exchange_rate is a finite positive number" },
  { file: "huge-gestation.yaml", exit: 2, words: ["model.gestation_years: 1000000000 is above 10"], why: "model-schema.ts: gestation_years at most 10" },
  { file: "year-1.yaml", exit: 2, words: ["years.end: a horizon of 2009 years is longer than 100"], why: "build-scenario.ts MAX_HORIZON_YEARS" },
  { file: "year-1e9.yaml", exit: 2, words: ["a horizon of 999997995 years is longer than 100"], why: "MAX_HORIZON_YEARS" },
  { file: "year-negative.yaml", exit: 2, words: ["a horizon of 4015 years is longer than 100"], why: "MAX_HORIZON_YEARS" },
  { file: "year-infinity.yaml", exit: 2, words: ["years.end: expected a number, got Infinity"], why: "scenario-schema.ts: years are finite" },
  { file: "horizon-1000-years.yaml", exit: 2, words: ["a horizon of 1000 years is longer than 100"], why: "MAX_HORIZON_YEARS" },
  { file: "horizon-101-years.yaml", exit: 2, words: ["a horizon of 101 years is longer than 100"], why: "MAX_HORIZON_YEARS, one past it" },
  { file: "horizon-100-years.yaml", exit: 1, words: [], why: "MAX_HORIZON_YEARS itself is accepted (targets on 2005–2010 missed: exit 1)" },
  { file: "horizon-1-year.yaml", exit: 1, words: [], why: "a one-year plan is valid (its targets missed: exit 1)" },
  { file: "horizon-empty.yaml", exit: 2, words: ["years.end: end year 2005 is not after the base year 2005"], why: "build-scenario.ts: a plan needs at least one year after the base" },
  { file: "history-year-1000.yaml", exit: 2, words: ["history.gdp.1000: year 1000 is outside 1900–2200"], why: "read-year.ts MIN_YEAR" },
  { file: "level-year-9999.yaml", exit: 2, words: ["year 9999 is outside 1900–2200"], why: "read-year.ts MAX_YEAR" },
  { file: "target-year-far.yaml", exit: 2, words: ["targets[1].year: year 3000 is outside 2005–2010"], why: "build-scenario.ts: target years within the plan" },
  { file: "duplicate-top-key.yaml", exit: 2, words: ["duplicate key \"id\""], why: "yaml-source.ts: uniqueKeys" },
  { file: "duplicate-year-key.yaml", exit: 2, words: ["duplicate key \"2006\""], why: "uniqueKeys, in a year map" },
  { file: "duplicate-key-quoted-and-plain.yaml", exit: 2, words: ["duplicate key \"gdp\""], why: "uniqueKeys compares values, not spellings" },
  { file: "bom-mid-file.yaml", exit: 2, words: ["plan"], why: "a BOM is allowed only at the start; elsewhere it is a character of the key" },
  { file: "bom-twice.yaml", exit: 1, words: [], why: "decode-input.ts strips one BOM, the yaml parser skips a second at the start: accepted (targets missed: exit 1)" },
  { file: "latin1-byte.yaml", exit: 2, words: ["is not UTF-8 text: byte 0xE9"], why: "decode-input.ts: UTF-8 only" },
  { file: "overlong-utf8.yaml", exit: 2, words: ["is not UTF-8 text: byte 0xC0"], why: "decode-input.ts: an overlong encoding of \"/\" is not UTF-8" },
  { file: "utf8-surrogate.yaml", exit: 2, words: ["is not UTF-8 text: byte 0xED"], why: "decode-input.ts: an encoded UTF-16 surrogate is not UTF-8" },
  { file: "utf32-bom.yaml", exit: 2, words: [], why: "decode-input.ts: NUL bytes (UTF-32) are refused" },
  { file: "control-characters.yaml", exit: 1, words: [], why: "BEL and ESC inside a quoted string are text: accepted, and check never prints source (exit 1: targets missed)" },
  { file: "unit-area-as-money.yaml", exit: 2, words: ["\"100 km2\" is an area, but a money amount is expected"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-money-as-area.yaml", exit: 2, words: ["is a money amount, but an area is expected"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-money-as-intensity.yaml", exit: 2, words: ["model.investment_intensity"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-inverted-ratio.yaml", exit: 2, words: ["model.investment_intensity"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-unknown.yaml", exit: 2, words: ["unknown unit \"parsecs\""], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-percent-on-level.yaml", exit: 2, words: ["base.gdp"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-usd-without-rate.yaml", exit: 2, words: ["US dollars", "exchange_rate"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-on-year.yaml", exit: 2, words: ["years.base"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-bare-text.yaml", exit: 2, words: ["\"lots\" is not a number"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-rate-with-money.yaml", exit: 2, words: ["plan.gdp.growth"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "unit-money-name.yaml", exit: 2, words: ["money"], why: "units: a unit of the wrong dimension, or none that zonecast knows, is an input error" },
  { file: "expr-self-reference.yaml", exit: 2, words: ["targets[2].expr: unknown series \"e\""], why: "targets cannot name targets: an expr cannot refer to itself" },
  { file: "expr-circular-pair.yaml", exit: 2, words: ["unknown series \"f\"", "unknown series \"e\""], why: "two exprs naming each other: neither is a series" },
  { file: "expr-zeros-matrix.yaml", exit: 2, words: ["unknown function \"zeros\""], why: "expr-math.ts: number-only whitelist, no matrix functions" },
  { file: "expr-range-matrix.yaml", exit: 2, words: ["matrices, lists and indexing are not allowed"], why: "check-expr-tree.ts: no RangeNode" },
  { file: "expr-ones-matrix.yaml", exit: 2, words: ["unknown function \"ones\""], why: "whitelist" },
  { file: "expr-sum-far-years.yaml", exit: 1, words: [], why: "compile-expr.ts: helper years within 1900–2200, so the sum stops at once; the target has no value (exit 1)" },
  { file: "expr-pow-tower.yaml", exit: 1, words: [], why: "a result that is not finite gives the target no value (exit 1)" },
  { file: "expr-too-long.yaml", exit: 2, words: ["the expression has 1201 characters, more than 1000"], why: "compile-expr.ts MAX_EXPR_CHARS" },
  { file: "expr-too-many-nodes.yaml", exit: 2, words: ["the expression has more than 300 parts"], why: "compile-expr.ts MAX_EXPR_NODES (a call of 400 numbers: 401 nodes, 2 deep)" },
  { file: "expr-too-deep-sum.yaml", exit: 2, words: ["the expression nests deeper than 40 levels"], why: "MAX_EXPR_DEPTH: 1+1+…+1 parses left-deep (was exit 70, a stack overflow, at 100,000 terms)" },
  { file: "expr-too-deep-parens.yaml", exit: 2, words: ["parentheses nest deeper than 40 levels"], why: "compile-expr.ts MAX_EXPR_DEPTH" },
  { file: "expr-too-deep-unary.yaml", exit: 2, words: ["the expression nests deeper than 40 levels"], why: "MAX_EXPR_DEPTH, counted on the parsed tree" },
  { file: "expr-proto-series.yaml", exit: 2, words: ["\"__proto__\" is not a series name"], why: "check-expr-tree.ts FORBIDDEN_NAMES" },
  { file: "expr-tostring-series.yaml", exit: 2, words: ["unknown series \"toString\""], why: "build-scenario.ts: series looked up as own keys (was accepted, reading Object.prototype.toString)" },
  { file: "expr-hasownproperty-string.yaml", exit: 2, words: ["unknown series \"hasOwnProperty\""], why: "the same, written as text" },
  { file: "expr-constructor-access.yaml", exit: 2, words: ["property access \".constructor\" is not allowed"], why: "check-expr-tree.ts: no property access" },
  { file: "expr-evaluate.yaml", exit: 2, words: ["function \"evaluate\" is disabled"], why: "expr-math.ts DISABLED_FUNCTIONS" },
  { file: "proto-top.yaml", exit: 2, words: ["__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-base.yaml", exit: 2, words: ["base.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "constructor-plan.yaml", exit: 2, words: ["plan.constructor: \"constructor\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-region.yaml", exit: 2, words: ["region.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "prototype-model.yaml", exit: 2, words: ["model.prototype: \"prototype\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-history.yaml", exit: 2, words: ["history.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "constructor-series.yaml", exit: 2, words: ["series.constructor: \"constructor\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-levers.yaml", exit: 2, words: ["levers.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-variant-set.yaml", exit: 2, words: ["variants[0].set.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-title.yaml", exit: 2, words: ["title.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-target-label.yaml", exit: 2, words: ["targets[0].label.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "constructor-parts.yaml", exit: 2, words: ["plan.gdp.parts.2006.constructor: \"constructor\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-levels.yaml", exit: 2, words: ["plan.gdp.levels.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-distribution.yaml", exit: 2, words: ["model.capital_output_ratio.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-checks.yaml", exit: 2, words: ["checks.__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: "proto-json.json", exit: 2, words: ["__proto__: \"__proto__\" cannot be a key: the name is reserved in JavaScript"], why: "yaml-source.ts RESERVED_KEYS, checked in every map of the document" },
  { file: 'sweep-million-points.yaml', args: ['sweep', 'sweep-million-points.yaml', '--lever', 'growth', '--lever', 'icor', '--steps', '1000'], exit: 2, words: ['--steps 1000 with 2 levers is a grid of 1,000,000 points, more than 10,000', 'give --steps 100 or fewer'], why: "sweep.ts MAX_SWEEP_POINTS (was a million model runs: minutes without output, a 400 MB JSON result)" },
  { file: 'sweep-million-points.yaml', args: ['sweep', 'sweep-million-points.yaml', '--lever', 'growth', '--steps', '1000'], exit: 0, words: [], why: "MAX_SWEEP_STEPS on one lever is still accepted (1,000 runs)" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'targets.100000000.min=1'], exit: 2, words: ['--set targets.100000000.min=1: targets is a list of 3 items, so it has no item "100000000"', 'give an index from 0 to 2'], why: "overrides.ts listIndexIssue (a list of 100,000,000 holes took minutes to check)" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'targets.1000000.min=1'], exit: 2, words: ['targets is a list of 3 items, so it has no item "1000000"'], why: "listIndexIssue (was exit 70: \"maximum call stack size exceeded\")" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'targets.foo.min=1'], exit: 2, words: ['--set targets.foo.min=1: targets is a list of 3 items, so it has no item "foo"'], why: "listIndexIssue (was set as a property of the list and lost: exit 1 as if applied)" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'targets[0].min=abc'], exit: 2, words: ['--set targets[0].min=abc: "abc" is not a number'], why: "overrides.ts splitOverridePath reads [0] as messages write it (was \"valid-base.yaml:1:1 unknown key targets[0]\", blamed on the file)" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'targets[2]=null'], exit: 1, words: [], why: "null removes a list item as it removes a key (was a hole: \"targets[2]: is missing\")" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'checks.icor_range.1=8'], exit: 2, words: ['--set checks.icor_range.1=8: checks.icor_range: expected a list, got a map'], why: "overrides.ts attributeIssue: an override that made the map above it (was \"valid-base.yaml:1:1 … expected tuple\")" },
  { file: 'variant-set-far-index.yaml', args: ['compare', 'variant-set-far-index.yaml', '--variants'], exit: 2, words: ['variants[0].set.targets.100000000.min: variant "far" sets targets.100000000.min: targets is a list of 3 items'], why: "listIndexIssue in a variant's set" },
  { file: 'sweep-million-points.yaml', args: ['solve', 'sweep-million-points.yaml', '--target', 'g', '--lever', 'icor', '--draws', '1e7'], exit: 2, words: ['--draws: 10000000 draws is more than 100,000 for solve'], why: "solve.ts MAX_SOLVE_DRAWS (simulate's 10,000,000 at each of up to 60 steps ran for half an hour with no output)" },
  { file: 'id-101-characters.yaml', exit: 2, words: ['id-101-characters.yaml:1:5 id: has 101 characters, more than 100; shorten it'], why: "scenario-schema.ts MAX_ID_CHARS: the id names output files (a 300-character id was exit 70, ENAMETOOLONG, on run --out)" },
  { file: 'valid-base.yaml', args: ['chart', 'valid-base.yaml', '--kind', 'land', '--out', 'y'.repeat(300) + '.svg'], exit: 2, words: ['the name is too long; nothing was written'], why: "write-files.ts inTheWay: a target that cannot be looked at (was exit 70: \"internal error: ENAMETOOLONG … lstat\")" },
  { file: 'valid-base.yaml', args: ['init', 'y'.repeat(300)], exit: 2, words: ['the name is too long; nothing was written'], why: "the same for init's file" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--set', 'checks.icor_range=[1, 2, 3]'], exit: 2, words: ['--set checks.icor_range=[1, 2, 3]: has 3 items, more than 2'], why: "describe-issue.ts: a list's size and its limit (was \"has too many items\")" },
  { file: 'label-zh-number.yaml', exit: 2, words: ['label-zh-number.yaml:16:100 targets[0].label.zh: expected text, got 21'], why: "describe-issue.ts: a union's branch of the value's shape gives its own issue (was \"targets[0].label: a map is not a valid value here\")" },
  { file: 'duplicate-variant-id.yaml', args: ['compare', 'duplicate-variant-id.yaml', '--variants'], exit: 2, words: ['duplicate-variant-id.yaml:21:10 variants[1].id: variant id "dear" is used twice (also variants[0])'], why: "build-scenario.ts checkUniqueIds (was accepted: two compare columns named \"dear\")" },
  { file: 'variant-without-set.yaml', exit: 2, words: ['variants[0].set: is missing; add it (a map)'], why: "describe-issue.ts expectedNames (was \"add it (record)\")" },
  { file: 'history-negative.yaml', exit: 2, words: ['history-negative.yaml:3:33 history.gdp.2004: -5 is below 0; use a value ≥ 0'], why: "scenario-schema.ts: observed levels ≥ 0 as base levels are (was charted and checked; calibrate refused it unlocated)" },
  { file: 'growth-shock-sd-1e15.yaml', args: ['simulate', 'growth-shock-sd-1e15.yaml', '--draws', '100'], exit: 2, words: ['growth-shock-sd-1e15.yaml:15:20 model.growth_shock_sd: 1000000000000000 is above 1; use a value ≤ 1'], why: "model-schema.ts MAX_GROWTH_SHOCK_SD (was accepted: every drawn path after the base year was 0)" },
  { file: 'valid-base.yaml', args: ['simulate', 'valid-base.yaml', '--draws', '1e9'], exit: 2, words: ['--draws: 1000000000 draws is more than 10,000,000'], why: "draw-limits.ts MAX_DRAWS" },
  { file: 'valid-base.yaml', args: ['simulate', 'valid-base.yaml', '--draws', 'NaN'], exit: 2, words: ['--draws: "NaN" is not a number'], why: "cli/number-option.ts: a numeric option's text that is no number is refused as written" },
  { file: 'valid-base.yaml', args: ['simulate', 'valid-base.yaml', '--draws', '100', '--seed', 'abc'], exit: 2, words: ['--seed: "abc" is not a number'], why: "cli/number-option.ts (yargs' type 'number' made it NaN: \"NaN is not a seed\")" },
  { file: 'valid-base.yaml', args: ['chart', 'valid-base.yaml', '--kind', 'land', '--out', 'x.svg', '--width', ''], exit: 2, words: ['--width: an empty value is not a number'], why: "cli/number-option.ts (yargs' type 'number' made it 0)" },
  { file: 'valid-base.yaml', args: ['simulate', 'valid-base.yaml', '--draws', 'Infinity'], exit: 2, words: ['--draws: Infinity is not a positive whole number of draws'], why: "checkDrawOptions" },
  { file: 'valid-base.yaml', args: ['check', 'valid-base.yaml', '--draws', '100', '--seed', '1e20'], exit: 2, words: ['--seed: 100000000000000000000 is not a seed'], why: "check-seed.ts MAX_SEED" },
  { file: 'valid-base.yaml', args: ['simulate', 'valid-base.yaml', '--draws', '10', '--threads', '1000000000'], exit: 0, words: [], why: "start-simulation-worker.ts MAX_THREADS: more threads than CPUs count as the CPUs" },
  { file: 'valid-base.yaml', args: ['simulate', 'horizon-100-years.yaml', '--draws', '300'], exit: 0, words: [], why: "the longest horizon accepted, under Monte Carlo" },
  { file: 'valid-base.yaml', args: ['run', 'horizon-100-years.yaml', '--format', 'csv'], exit: 0, words: [], why: "the longest horizon accepted, as CSV" },
]

/** Cases too large to commit: written to a temporary folder before the tests. */
const generated: (HostileCase & { text?: string | Buffer })[] = [
  {
    file: 'ten-mb.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nx: [' + '1, '.repeat(TEN_MB / 3) + '1]\n',
    exit: 2,
    words: ['"ten-mb.yaml" is larger than 4 MB'],
    why: 'read-input.ts MAX_INPUT_BYTES: read no further than 4 MB + 1 byte'
  },
  {
    file: '<stdin>',
    args: ['check', '-'],
    input: Buffer.from('id: t\nsource: "' + 'a'.repeat(TEN_MB) + '"\n'),
    exit: 2,
    words: ['"<stdin>" is larger than 4 MB'],
    why: 'MAX_INPUT_BYTES on standard input'
  },
  {
    file: 'three-mb-list.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nx: [' + '1, '.repeat(1_000_000) + '1]\n',
    exit: 2,
    words: ['the document has more than 50,000 keys, values and brackets'],
    why: 'yaml-source.ts MAX_YAML_TOKENS: under the byte limit, refused before parsing (it took 5 s and 1 GB per MB)'
  },
  {
    file: 'nested-flow-100000.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nx: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
    exit: 2,
    words: ['maps and lists nest deeper than 64 levels'],
    why: 'MAX_NESTING_DEPTH (was "maximum call stack size exceeded" from the parser)'
  },
  {
    file: 'nested-block-1400.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nx:\n' + Array.from({ length: 1400 }, (_, i) => ' '.repeat(i + 1) + 'a:\n').join(''),
    exit: 2,
    words: ['maps and lists nest deeper than 64 levels'],
    why: 'MAX_NESTING_DEPTH, block style (the parser overflowed near 880 levels)'
  },
  {
    file: 'expr-100000-terms.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nbase: {gdp: 1}\ntargets:\n  - {id: e, kind: expr, expr: "1' + '+1'.repeat(100_000) + '", min: 0}\n',
    exit: 2,
    words: ['the expression has 200001 characters, more than 1000'],
    why: 'compile-expr.ts MAX_EXPR_CHARS (was exit 70: compiling the left-deep tree overflowed the stack)'
  },
  {
    file: 'ten-mb-history.yaml',
    text: 'id: t\nyears: {base: 2005, end: 2010}\nbase: {gdp: 100}\nhistory: {file: ten-mb.csv}\n',
    exit: 2,
    words: ['ten-mb-history.yaml history.file: "ten-mb.csv" is larger than 4 MB'],
    why: 'MAX_INPUT_BYTES applies to the history CSV too, named by the scenario key that asks for it'
  }
]

let work = ''
beforeAll(() => {
  expect(runCli(['--version']).status).toBe(0)
  work = mkdtempSync(join(tmpdir(), 'zonecast-hostile-'))
  for (const c of generated) if (c.text !== undefined) writeFileSync(join(work, c.file), c.text)
  writeFileSync(join(work, 'ten-mb.csv'), 'year,value\n' + '2004,1\n'.repeat(TEN_MB / 7))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the CLI like runCli, with a bounded heap, timing it. */
function runBounded(args: string[], cwd: string, input?: Buffer): { status: number | null; stdout: string; stderr: string; ms: number } {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }
  delete env.ZONECAST_DEBUG
  const start = performance.now()
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, input: input ?? '', encoding: 'utf8', env, timeout: 2 * HANG_MS, maxBuffer: 64 * 1024 * 1024 })
  // the CLI stops reading a too-long standard input: the rest of the write fails, as a shell's would
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'EPIPE') throw r.error
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start }
}

function expectSafe(c: HostileCase, cwd: string): void {
  const r = runBounded(c.args ?? ['check', c.file], cwd, c.input)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.stderr).not.toContain('internal error')
  expect(r.status, r.stderr).toBe(c.exit)
  expect(r.ms).toBeLessThan(HANG_MS)
  if (c.exit === 2) {
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^zonecast: /)
  }
  for (const w of c.words) expect(r.stderr).toContain(w)
}

describe('hostile input: the expected exit and message, no crash, no hang, bounded memory', () => {
  it('has at least 60 distinct committed cases, and a file for each', () => {
    expect(new Set(cases.map((c) => `${c.file} ${(c.args ?? []).join(' ')}`)).size).toBe(cases.length)
    expect(cases.length).toBeGreaterThanOrEqual(60)
    const files = new Set(readdirSync(HOSTILE))
    for (const c of cases) expect(files.has(c.file), c.file).toBe(true)
  })
  for (const c of cases) it(`${c.file}${c.args ? ` (${c.args.slice(2).join(' ')})` : ''}`, () => expectSafe(c, HOSTILE))
  for (const c of generated) it(`generated: ${c.file}`, () => expectSafe(c, work))
})
