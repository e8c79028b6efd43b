import * as z from 'zod'
import { strict } from './strict'

/** A label: a plain string (taken as English) or `{en, zh}`. */
export const labelSchema = z.union([z.string().transform((en) => ({ en })), strict({ en: z.string().optional(), zh: z.string().optional() })])
