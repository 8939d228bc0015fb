import { VND_PER_MILLION } from "../money.ts";

/** Exact VND as million VND the Vietnamese way: 7_011_000_000n → "7.011"; 1_234_500_000n → "1.234,5". */
export function millionText(vnd: bigint): string {
  const whole = (vnd / VND_PER_MILLION).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = (vnd % VND_PER_MILLION).toString().padStart(6, "0").replace(/0+$/, "");
  return frac === "" ? whole : `${whole},${frac}`;
}
