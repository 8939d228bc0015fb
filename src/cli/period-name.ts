import { PERIOD_KEY } from "../domain/calendar/period-key.ts";
import type { Translate } from "../i18n/translator.ts";

const ROMAN = ["I", "II", "III", "IV"];

/** "2023-Q2" → "quý II năm 2023", "2023-H1" → "6 tháng đầu năm 2023", "2023-Y" → "năm 2023". */
export function periodName(t: Translate, key: string): string {
  const m = PERIOD_KEY.exec(key);
  if (!m) return key;
  const year = m[1] ?? "";
  const tail = (m[2] ?? "Y").toUpperCase();
  if (tail.startsWith("Q"))
    return t("period-name-quarter", {
      roman: ROMAN[Number(tail.slice(1)) - 1] ?? tail,
      quarter: tail.slice(1),
      year,
    });
  if (tail.startsWith("H")) return t("period-name-half", { half: Number(tail.slice(1)), year });
  if (tail === "Y") return t("period-name-year", { year });
  return t("period-name-month", { month: Number(tail), year });
}
