/** JSON that keeps bigints (money in VND) exact: a bigint is written as { "$bigint": "123" }. */
export function stringifyWithBigInt(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? { $bigint: v.toString() } : v));
}

export function parseWithBigInt<T>(text: string): T {
  return JSON.parse(text, (_k, v: unknown) =>
    v !== null && typeof v === "object" && "$bigint" in v && typeof v.$bigint === "string"
      ? BigInt(v.$bigint)
      : v,
  ) as T;
}
