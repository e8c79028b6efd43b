/**
 * `check`'s notes (packages/core/src/check-scenario.ts), which are English, in Chinese; a note
 * of another shape is kept as it is.
 *
 * @example zhNote('the model path gives no foreign_capital of its own: there they follow their plan path') // => "模型路徑不產生 foreign_capital：這些序列沿用規劃路徑"
 */
export function zhNote(note: string): string {
  if (note === 'the scenario gives no base.gdp, so the model path has no output, revenue or indicators') return '情景未給定基年生產總值（base.gdp），因此模型路徑沒有產出、財政收入和指標'
  const follows = /^the model path gives no (.+) of its own: there they follow their plan path$/.exec(note)
  if (follows) return `模型路徑不產生 ${follows[1]}：這些序列沿用規劃路徑`
  return note
}
