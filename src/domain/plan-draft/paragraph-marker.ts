// The marker a paragraph starts with: "III." (section), "2.1.1." (number), "a)" (letter),
// "-", "+", "•", "*" (bullet), or none.
export type Marker =
  | { kind: "roman"; label: string; rest: string }
  | { kind: "number"; label: string; depth: number; rest: string }
  | { kind: "letter"; label: string; rest: string }
  | { kind: "bullet"; label: string; rest: string }
  | { kind: "none"; label: ""; rest: string };

export function markerOf(text: string): Marker {
  const t = text.trim();
  let m = /^([IVX]{1,5})\.\s+(.*)$/.exec(t);
  if (m) return { kind: "roman", label: m[1] ?? "", rest: m[2] ?? "" };
  m = /^(\d{1,2}(?:\.\d{1,2})*)\.\s+(.*)$/.exec(t) ?? /^(\d{1,2}(?:\.\d{1,2})+)\s+(\p{Lu}.*)$/u.exec(t);
  if (m) {
    const label = m[1] ?? "";
    return { kind: "number", label, depth: label.split(".").length, rest: m[2] ?? "" };
  }
  m = /^([a-zđ])[),]\s+(.*)$/.exec(t);
  if (m) return { kind: "letter", label: m[1] ?? "", rest: m[2] ?? "" };
  m = /^([-+•*–●○◦▪■➢])\s*(.*)$/.exec(t);
  if (m) return { kind: "bullet", label: m[1] ?? "", rest: m[2] ?? "" };
  return { kind: "none", label: "", rest: t };
}

/** A title or activity without the trailing ";", "," or a single "." ("..." is kept). */
export function trimEnd(text: string): string {
  return text
    .trim()
    .replace(/\s*[;,:]+$/, "")
    .replace(/(?<!\.)\.$/, "")
    .trim();
}
