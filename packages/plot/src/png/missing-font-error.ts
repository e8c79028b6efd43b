/**
 * A PNG needs a font the machine does not have: Chinese text and no Chinese font (or no usable
 * font at all). The input is fine and so is zonecast; the system lacks a file, so the CLI
 * exits with 69 (EX_UNAVAILABLE of BSD's sysexits.h), not 2. The message says what to install.
 *
 * @example throw new MissingFontError('no Chinese font found for the PNG; install one: sudo apt-get install fonts-wqy-microhei')
 */
export class MissingFontError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MissingFontError'
  }
}
