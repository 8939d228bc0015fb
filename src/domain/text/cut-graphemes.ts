// Cutting text people wrote: on grapheme boundaries, never inside an emoji or a combining mark
// (`slice(0, n)` can leave half a surrogate pair, which is not valid UTF-8 on the wire).

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The first graphemes of `text` whose UTF-16 length fits in `max`; "…" marks a cut when asked. */
export function cutGraphemes(text: string, max: number, mark = ""): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - mark.length);
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > room) break;
    out += segment;
  }
  return out + mark;
}

/** `text` as graphemes (for splitting long lines without breaking one). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
