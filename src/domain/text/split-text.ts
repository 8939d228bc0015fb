// The one splitter every text goes through on every chat channel: parts under the channel's limit
// (Telegram 4,096, Zalo 2,000), cut at line boundaries, a line longer than that at a space (or else
// between two graphemes, never inside a word's letter or an emoji). Lengths are counted in UTF-16
// units, never fewer than a platform counts.
import { graphemes } from "./cut-graphemes.ts";

function splitLongLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const g of graphemes(line)) {
    if (current.length + g.length > limit) {
      const space = current.lastIndexOf(" ");
      if (space > limit / 2) {
        pieces.push(current.slice(0, space));
        current = current.slice(space + 1);
      } else {
        pieces.push(current);
        current = "";
      }
    }
    current += g;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return text === "" ? [] : [text];
  const parts: string[] = [];
  let current: string | null = null;
  for (const line of text.split("\n")) {
    for (const piece of line.length <= limit ? [line] : splitLongLine(line, limit)) {
      if (current === null) current = piece;
      else if (current.length + 1 + piece.length <= limit) current = `${current}\n${piece}`;
      else {
        if (current.trim() !== "") parts.push(current);
        current = piece;
      }
    }
  }
  if (current !== null && current.trim() !== "") parts.push(current);
  return parts;
}
