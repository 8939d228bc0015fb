// Amounts of money in a sentence, as plans write them: "5.893 triệu đồng", "1,2 tỷ đồng",
// "2.500.000.000 đồng", each with the words before it (its label) and the capital type it names.
import { parseAmount } from "../replies/parse-amount.ts";
import { fold } from "../replies/normalize.ts";

export type CapitalType = "investment" | "recurrent";

export interface FoundAmount {
  vnd: bigint;
  /** The amount as written ("5.893 triệu đồng"). */
  raw: string;
  /** The words between the previous amount (or the sentence start) and this one, folded. */
  label: string;
  /** The capital type the label names, or a lone "(vốn sự nghiệp)" right after the amount. */
  capitalType: CapitalType | null;
}

const AMOUNT =
  /(\d[\d.,]*)\s*(tỷ đồng|tỷ|tỉ đồng|tỉ|triệu đồng|triệu|nghìn đồng|ngàn đồng|đồng)(?![\p{L}])/giu;

export function capitalTypeOf(folded: string): CapitalType | null {
  const investment = folded.lastIndexOf("dau tu");
  const recurrent = folded.lastIndexOf("su nghiep");
  if (investment < 0 && recurrent < 0) return null;
  return investment > recurrent ? "investment" : "recurrent";
}

/** Every amount with a unit; unreadable numbers ("1,2,3 triệu") are returned in `unreadable`. */
export function findAmounts(text: string): { amounts: FoundAmount[]; unreadable: string[] } {
  const amounts: FoundAmount[] = [];
  const unreadable: string[] = [];
  let from = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[0];
    const index = m.index;
    const parsed = parseAmount(`${m[1] ?? ""} ${m[2] ?? ""}`);
    const label = fold(text.slice(from, index));
    from = index + raw.length;
    if (!parsed.ok) {
      unreadable.push(raw);
      continue;
    }
    let capitalType = capitalTypeOf(label);
    if (capitalType === null) {
      const after = /^\s*\(([^()]*)\)/.exec(text.slice(from));
      if (after && !/\d/.test(after[1] ?? "")) capitalType = capitalTypeOf(fold(after[1] ?? ""));
    }
    amounts.push({ vnd: parsed.vnd, raw, label, capitalType });
  }
  return { amounts, unreadable };
}
