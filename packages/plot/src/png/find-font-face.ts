/** A face in a font file: its index in a collection (0 in a single-face file) and its family. */
export interface FontFace {
  index: number
  /** the family the face declares (name ID 1, English when there is one) */
  family: string
}

/** The first four bytes of the font files read: TrueType, OpenType (CFF), Apple TrueType, a collection. */
const sfntTags = new Set([0x00010000, 0x4f54544f, 0x74727565, 0x74746366])
/** `ttcf`: a TrueType/OpenType collection of several faces. */
const collectionTag = 0x74746366
/** Windows platform, Unicode BMP encoding: names in UTF-16BE. */
const windowsPlatform = 3
/** Macintosh platform: names in Mac Roman, ASCII for the families sought here. */
const macPlatform = 1
/** English (United States) on the Windows platform. */
const windowsEnglish = 0x409
/** Font family (1) and typographic family (16) name IDs. */
const familyNameIds = new Set([1, 16])

/**
 * The face of a font file (a .ttf, .otf or one face of a .ttc collection) whose family is
 * `family` (any of its family names, any case), else the first face: a collection such as
 * NotoSansCJK-Regular.ttc holds one face per region, and a subset is made of one face.
 * Reads only the header, the table directories and the `name` tables.
 *
 * @param font the whole font file
 * @param family the family wanted, e.g. "Noto Sans CJK TC"; "" for the first face
 * @returns null when the bytes are not a TrueType or OpenType font
 * @example findFontFace(readFileSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'), 'WenQuanYi Micro Hei Mono') // => { index: 1, family: "WenQuanYi Micro Hei Mono" }
 */
export function findFontFace(font: Uint8Array, family: string): FontFace | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  if (font.byteLength < 12 || !sfntTags.has(view.getUint32(0))) return null
  const offsets = view.getUint32(0) === collectionTag ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i)) : [0]
  const faces = offsets.map((offset, index) => ({ index, names: familyNames(view, offset) }))
  const wanted = family.toLowerCase()
  const face = faces.find((f) => f.names.some((n) => n.name.toLowerCase() === wanted)) ?? faces[0]!
  const english = face.names.find((n) => n.id === 1 && n.english) ?? face.names.find((n) => n.id === 1)
  return { index: face.index, family: english?.name ?? family }
}

// the family names in the `name` table of the face whose table directory is at `offset`
function familyNames(view: DataView, offset: number): { id: number; english: boolean; name: string }[] {
  const tables = view.getUint16(offset + 4)
  let name = -1
  for (let t = 0; t < tables; t++) if (view.getUint32(offset + 12 + 16 * t) === 0x6e616d65) name = view.getUint32(offset + 12 + 16 * t + 8)
  if (name < 0) return []
  const count = view.getUint16(name + 2)
  const strings = name + view.getUint16(name + 4)
  const out = []
  for (let r = 0; r < count; r++) {
    const at = name + 6 + 12 * r
    const [platform, id, length, start] = [view.getUint16(at), view.getUint16(at + 6), view.getUint16(at + 8), strings + view.getUint16(at + 10)]
    if (!familyNameIds.has(id) || (platform !== windowsPlatform && platform !== macPlatform)) continue
    const bytes = new Uint8Array(view.buffer, view.byteOffset + start, length)
    const text = platform === windowsPlatform ? new TextDecoder('utf-16be').decode(bytes) : String.fromCharCode(...bytes)
    out.push({ id, english: platform === windowsPlatform && view.getUint16(at + 4) === windowsEnglish, name: text })
  }
  return out
}
