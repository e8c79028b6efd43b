import type * as z from 'zod'

type Payload = Parameters<Parameters<z.ZodType['transform']>[0]>[1]

export type TransformContext = Payload

/** Reports a problem at a path relative to the value being read; `hint` says how to fix it. */
export type Report = (message: string, path?: (string | number)[], hint?: string, atKey?: boolean) => void

/**
 * A `Report` that records custom issues on a zod transform's context.
 */
export function reporter(ctx: Payload, input: unknown): Report {
  return (message, path = [], hint, atKey) => {
    ctx.issues.push({ code: 'custom', message, input, path, params: hint || atKey ? { hint, atKey } : undefined })
  }
}
