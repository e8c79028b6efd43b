import { didYouMean } from '@zonecast/core/did-you-mean'
/** What `describeUsageError` needs to know about the command line. */
export interface UsageContext {
  /** the arguments as given, without node and the script */
  args: readonly string[]
  /** yargs command strings of every command, e.g. `run <file>` */
  commands: readonly string[]
  /** options placed before the command that take a value, e.g. `lang` */
  valueOptions: readonly string[]
  /** every option the parser knows, for did-you-mean (camel-case aliases included) */
  knownOptions?: readonly string[]
}

/**
 * Rewrites a yargs validation message into zonecast's style: lowercase, naming the bad word, and
 * saying what would be right. Unrecognised messages are lowercased and kept.
 *
 * @param message yargs' message, e.g. `Did you mean run?`
 * @example describeUsageError('Did you mean run?', { args: ['rnu', 'x.yaml'], commands: ['run <file>'], valueOptions: [] })
 * // => 'unknown command "rnu"; did you mean "run"?'
 */
export function describeUsageError(message: string, context: UsageContext): string {
  const suggestion = /^Did you mean (.+)\?$/.exec(message)
  if (suggestion) return `unknown command "${firstPositional(context) ?? ''}"; did you mean "${suggestion[1]}"?`
  const unknown = /^Unknown arguments?: (.+)$/.exec(message)
  if (unknown?.[1]) return describeUnknown(unknown[1].split(', '), context)
  const missing = /^Not enough non-option arguments: got (\d+), need at least (\d+)$/.exec(message)
  if (missing) return describeMissing(Number(missing[1]), context) ?? plain(message)
  if (message.startsWith('Invalid values:')) return describeInvalid(message)
  const noValue = /^Not enough arguments following: (.+)$/.exec(message)
  if (noValue?.[1]) return `${dashed(noValue[1])} needs a value`
  const required = /^Missing required arguments?: (.+)$/.exec(message)
  if (required?.[1]) return `missing ${required[1].split(', ').map(dashed).join(', ')}`
  return plain(message)
}

// unknown options, an unknown command, or extra arguments
function describeUnknown(names: readonly string[], context: UsageContext): string {
  // yargs names an unknown --kebab-case option twice, once camel-cased: keep the one typed
  const typed = names.filter((n) => n === kebab(n) || !names.includes(kebab(n)))
  const first = firstPositional(context)
  const commandNames = context.commands.map(commandName)
  const parts: string[] = []
  const unknownOptions = typed.filter((n) => !context.args.includes(n))
  const known = (context.knownOptions ?? []).filter((k) => k === kebab(k))
  for (const name of unknownOptions) {
    // an option of another command was answered "did you mean" with itself
    if (known.includes(name)) {
      parts.push(`${first === undefined ? 'this command' : `the ${first} command`} takes no ${dashed(name)}; it is an option of other commands`)
      continue
    }
    const best = didYouMean(name, known)
    parts.push(`unknown option ${dashed(name)}${best === undefined ? '' : `; did you mean ${dashed(best)}?`}`)
  }
  for (const name of typed.filter((n) => context.args.includes(n))) {
    if (name === first && !commandNames.includes(name)) {
      parts.push(`unknown command "${name}"; the commands are ${commandNames.join(', ')}`)
    } else {
      parts.push(`unexpected argument "${name}"`)
    }
  }
  return parts.join('; ')
}

// the positionals a command still needs, with its usage
function describeMissing(got: number, context: UsageContext): string | undefined {
  const first = firstPositional(context)
  const spec = context.commands.find((c) => commandName(c) === first)
  if (spec === undefined) return undefined
  const needed = [...spec.matchAll(/<([^>.]+)(?:\.\.)?>/g)].map((m) => (m[1] ?? '').toUpperCase())
  const usage = spec.replace(/<([^>]+)>/g, (_, n: string) => n.toUpperCase()).replace(/\[([^\]]+)\]/g, (_, n: string) => `[${n.toUpperCase()}]`)
  return `missing ${needed.slice(got).join(' ')}; usage: zonecast ${usage}`
}

// "Invalid values:\n  Argument: format, Given: "xml", Choices: "table", "csv"" for each bad option
function describeInvalid(message: string): string {
  const lines = [...message.matchAll(/Argument: (.+?), Given: (.+?), Choices: (.+)/g)]
  if (lines.length === 0) return plain(message)
  return lines.map((m) => `${dashed(m[1] ?? '')} cannot be ${m[2]}; choose one of ${m[3]}`).join('; ')
}

// the first argument that is neither an option nor an option's value: the command as typed
function firstPositional(context: UsageContext): string | undefined {
  const { args } = context
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--') return args[i + 1]
    if (!arg.startsWith('-') || arg === '-') return arg
    if (!arg.includes('=') && context.valueOptions.includes(arg.replace(/^-+/, ''))) i++
  }
  return undefined
}

// "run <file>" → "run"
function commandName(spec: string): string {
  return spec.split(' ')[0] ?? spec
}

// an option name as typed: --name, or -n for one letter
function dashed(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`
}

// "bogusOpt" → "bogus-opt"
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

// any other message: first letter lowercased, on one line, no trailing period
function plain(message: string): string {
  const oneLine = message.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')
  return oneLine.charAt(0).toLowerCase() + oneLine.slice(1)
}
