import packageJson from '../../package.json' with { type: 'json' }

/**
 * The CLI's version, from `packages/cli/package.json`, inlined at build time (no file is read
 * when the command starts).
 *
 * @example cliVersion // => "0.1.0"
 */
export const cliVersion: string = packageJson.version
