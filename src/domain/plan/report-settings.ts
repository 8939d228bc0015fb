// Who issues and signs the periodic report (the plan file's `report:` section), and the
// defaults when the file says nothing: the standing office reports, under the plan's issuer,
// and its head signs; the place is the issuer's city or province.
import { z } from "zod";

const text = z.string().trim().min(1);

export const ZReportSettings = z.strictObject({
  /** The governing body printed above the issuing body (cơ quan chủ quản). */
  parent: text.optional(),
  /** The issuing body (cơ quan ban hành). */
  issuer: text.optional(),
  /** The issuer's abbreviation in the number: "Số: …/BC-VP". */
  symbol: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}.-]+$/u, { message: "code" })
    .optional(),
  /** The place in the date line ("Bắc Kạn, ngày …"). */
  place: text.optional(),
  /** The authority lines above the signer's title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  authority: z.array(text).max(3).optional(),
  signerTitle: text.optional(),
  signerName: text.optional(),
  /** "Nơi nhận", one recipient a line. */
  recipients: z.array(text).min(1).optional(),
});
export type TReportSettings = z.infer<typeof ZReportSettings>;

/** The stored settings (JSON text); anything unreadable counts as "nothing set". */
export function parseReportSettings(json: string | null | undefined): TReportSettings {
  try {
    const parsed = ZReportSettings.safeParse(JSON.parse(json ?? "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export interface ReportSigning {
  parent: string | null;
  issuer: string;
  symbol: string;
  place: string;
  authority: string[];
  /** null: the head of the issuing body, named by its kind (see `headKind`). */
  signerTitle: string | null;
  headKind: string;
  signerName: string | null;
  /** null: the usual list, built from the parent and the symbol. */
  recipients: string[] | null;
}

const BODY = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\s+/iu;
const UNIT = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường)\s+/iu;

/** "UBND thành phố Bắc Kạn" → "Bắc Kạn": the administrative unit's name, for the date line. */
export function placeOfIssuer(issuer: string): string {
  return issuer.trim().replace(BODY, "").replace(UNIT, "").trim() || issuer.trim();
}

/** The signing block: what the plan sets, the standing office and its head for the rest. */
export function resolveReportSigning(o: {
  settings: TReportSettings;
  planIssuer: string;
  standingOffice: { code: string; name: string; kind: string } | null;
}): ReportSigning {
  const s = o.settings;
  const office = o.standingOffice;
  const ownIssuer = s.issuer !== undefined;
  return {
    parent: s.parent ?? (ownIssuer || office === null ? null : o.planIssuer),
    issuer: s.issuer ?? office?.name ?? o.planIssuer,
    symbol: s.symbol ?? (ownIssuer ? "" : (office?.code ?? "")),
    place: s.place ?? placeOfIssuer(o.planIssuer),
    authority: s.authority ?? [],
    signerTitle: s.signerTitle ?? null,
    headKind: ownIssuer ? "other" : (office?.kind ?? "other"),
    signerName: s.signerName ?? null,
    recipients: s.recipients ?? null,
  };
}
