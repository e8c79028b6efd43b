/**
 * The reason part of a `default-assumed` finding's message ("… assumes 4: REASON. State it …"),
 * or the whole message when it has another shape.
 *
 * @example defaultReason('model.gestation_years is not given; zonecast assumes 1: investment produces from the year after it is made. State it in the scenario if you know better.') // => "investment produces from the year after it is made"
 */
export function defaultReason(message: string): string {
  const match = /assumes [^:]*: (.*?)\. State it/.exec(message)
  return match?.[1] ?? message
}
