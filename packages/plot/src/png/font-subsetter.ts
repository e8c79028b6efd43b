import { readFile } from 'node:fs/promises'
import { resolveLibrary } from '../load/load-libraries'

/** HarfBuzz's subsetter, built for WebAssembly by the HarfBuzz project (harfbuzzjs); it imports nothing. */
const subsetWasm = 'harfbuzzjs/dist/harfbuzz-subset.wasm'
/** `HB_MEMORY_MODE_READONLY`: HarfBuzz reads the font where it lies in WebAssembly memory. */
const readOnly = 1
/** `HB_SUBSET_FLAGS_NO_HINTING`: resvg does not hint, so instructions are dead weight. */
const noHinting = 0x1
/** `HB_SUBSET_SETS_NAME_LANG_ID`: the name table's languages kept; HarfBuzz keeps Windows English. */
const nameLanguages = 5
/** Mac English, kept too: an old font may name its family only there (`findFontFace` reads both). */
const macEnglish = 0

/** One face of a font file, loaded once, from which subsets are cut. */
export interface SubsetFace {
  /**
   * A font file's bytes (TrueType or CFF OpenType, a single face) with only the glyphs that
   * `codePoints` map to (plus `.notdef` and whatever the layout tables reach from them), the
   * same outlines, metrics and family name; no hinting.
   *
   * @param codePoints Unicode code points; ones the face lacks are skipped
   * @throws {Error} when HarfBuzz cannot subset the face
   */
  subset(codePoints: Iterable<number>): Uint8Array
}

/** Makes font subsets with HarfBuzz (see `loadFontSubsetter`). */
export interface FontSubsetter {
  /**
   * Loads face `index` of a font file already read, copying it into the subsetter's memory
   * for as long as the process lives (5 MB for WenQuanYi Micro Hei).
   *
   * @param font the whole file: .ttf, .otf or .ttc
   * @param index the face within a collection; 0 otherwise
   */
  open(font: Uint8Array, index: number): SubsetFace
}

/** The exports of harfbuzz-subset.wasm used here (pointers are numbers into its memory). */
interface HarfBuzz {
  memory: WebAssembly.Memory
  malloc(size: number): number
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_length(blob: number): number
  hb_blob_get_data(blob: number, length: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
  _initialize?(): void
}

/**
 * Loads HarfBuzz's subsetter (hb-subset, as harfbuzzjs ships it: harfbuzz-subset.wasm, 0.7 MB,
 * compiled in about 15 ms) and returns a way to cut font subsets synchronously. hb-subset
 * keeps TrueType and CFF outlines, composite glyphs and what the layout tables reach, so a
 * subset draws the same pixels as the whole font (font-subsetter.test.ts checks it).
 * The wasm is used directly, not through `subset-font`, whose API is asynchronous and which
 * brings a WOFF converter this does not need.
 *
 * @example (await loadFontSubsetter()).open(readFileSync('wqy-microhei.ttc'), 0).subset([0x47, 0x44, 0x50]).length // => 1572 (bytes; the file is 5,177,387)
 */
export async function loadFontSubsetter(): Promise<FontSubsetter> {
  const { instance } = await WebAssembly.instantiate(await readFile(resolveLibrary(subsetWasm)))
  const hb = instance.exports as unknown as HarfBuzz
  hb._initialize?.()
  return {
    open(font, index) {
      const data = hb.malloc(font.byteLength)
      if (data === 0) throw new Error(`font subset: no memory for a font of ${font.byteLength} bytes`)
      new Uint8Array(hb.memory.buffer, data, font.byteLength).set(font)
      // never freed: the face serves every chart the process draws
      const face = hb.hb_face_create(hb.hb_blob_create(data, font.byteLength, readOnly, 0, 0), index)
      return { subset: (codePoints) => cutSubset(hb, face, codePoints) }
    }
  }
}

// the subset's bytes, copied out of WebAssembly memory
function cutSubset(hb: HarfBuzz, face: number, codePoints: Iterable<number>): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail()
  if (input === 0) throw new Error('font subset: out of memory')
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input)
    for (const code of codePoints) hb.hb_set_add(unicodes, code)
    hb.hb_set_add(hb.hb_subset_input_set(input, nameLanguages), macEnglish)
    hb.hb_subset_input_set_flags(input, noHinting)
    const subset = hb.hb_subset_or_fail(face, input)
    if (subset === 0) throw new Error('font subset: HarfBuzz could not subset the font')
    const blob = hb.hb_face_reference_blob(subset)
    const [at, length] = [hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)]
    // the memory's buffer is taken after the calls: one that grows memory replaces it
    const bytes = new Uint8Array(hb.memory.buffer, at, length).slice()
    hb.hb_blob_destroy(blob)
    hb.hb_face_destroy(subset)
    return bytes
  } finally {
    hb.hb_subset_input_destroy(input)
  }
}
