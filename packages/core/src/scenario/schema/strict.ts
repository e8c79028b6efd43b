import * as z from 'zod'

/**
 * An object schema that rejects unknown keys, one issue per key, each carrying the known keys so
 * the message can say "did you mean …?"; `what` names what the keys are (`series`, say).
 *
 * @example strict({ base: z.number() }).safeParse({ bsae: 1 }) // issue at ["bsae"]: unknown key
 */
export function strict<S extends z.ZodRawShape>(shape: S, what = 'key') {
  const known = Object.keys(shape)
  return z.object(shape).catchall(
    z.unknown().superRefine((_v, ctx) => {
      ctx.addIssue({ code: 'custom', message: `unknown ${what}`, params: { unknownKey: true, known, what } })
    })
  )
}
