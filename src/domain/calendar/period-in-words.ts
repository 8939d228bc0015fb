// A reporting period as people write it: "quý II năm 2023", "6 tháng đầu năm 2023", "năm 2023",
// "tháng 7 năm 2023" (English: "the second quarter of 2023", "the first half of 2023", …).
// Keys are the ones the calendar builds: 2023-Q2, 2023-H1, 2023 or 2023-Y, 2023-07.

const ROMAN = ["I", "II", "III", "IV"] as const;
const EN_ORDINAL = ["first", "second", "third", "fourth"] as const;
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The period in words; a key of another shape (a one-off period's own key) comes back as it is. */
export function periodInWords(key: string, locale = "vi"): string {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|Y|\d{2}))?$/.exec(key.trim());
  const year = m?.[1];
  if (!m || year === undefined) return key;
  const part = m[2];
  const en = locale === "en";
  if (part === undefined || part === "Y") return en ? `the year ${year}` : `năm ${year}`;
  const n = Number(part.slice(part[0] === "Q" || part[0] === "H" ? 1 : 0));
  if (part.startsWith("Q"))
    return en ? `the ${EN_ORDINAL[n - 1]} quarter of ${year}` : `quý ${ROMAN[n - 1]} năm ${year}`;
  if (part.startsWith("H")) {
    if (en) return `the ${n === 1 ? "first" : "second"} half of ${year}`;
    return `6 tháng ${n === 1 ? "đầu" : "cuối"} năm ${year}`;
  }
  if (n < 1 || n > 12) return key;
  return en ? `${EN_MONTHS[n - 1]} ${year}` : `tháng ${n} năm ${year}`;
}
