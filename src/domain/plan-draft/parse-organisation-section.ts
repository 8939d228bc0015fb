// Section VI (Tổ chức thực hiện): one numbered heading per agency, then its duties. A duty that
// names items becomes an assignment (Chủ trì → lead; Phối hợp với <named agency> → coordinate;
// Phối hợp với các cơ quan liên quan … thực hiện → implement; Hướng dẫn <agency> thực hiện →
// guide, and the named agency implements); duties that name no item are whole-program duties.
import { fold } from "../replies/normalize.ts";
import type { TRole } from "../plan/plan-file-schema.ts";
import { agencyCodeOf, agencyKindOf } from "./agency-code.ts";
import type { DocLine, SourceRef } from "./document-line.ts";
import type { DraftAgency, DraftAssignment, Finding } from "./draft-types.ts";
import { itemReferences } from "./item-references.ts";
import { markerOf, trimEnd } from "./paragraph-marker.ts";

export const PROGRAM_CODE = "CT";

export interface ItemReference {
  code: string;
  source: SourceRef;
  quote: string;
}

export interface OrganisationSection {
  agencies: DraftAgency[];
  assignments: DraftAssignment[];
  references: ItemReference[];
  findings: Finding[];
}

interface Block {
  agency: DraftAgency;
  duties: DocLine[];
}

export function parseOrganisationSection(lines: DocLine[]): OrganisationSection {
  const out: OrganisationSection = { agencies: [], assignments: [], references: [], findings: [] };
  const blocks: Block[] = [];
  const agencyNamed = (name: string, line: DocLine): DraftAgency => {
    const code = agencyCodeOf(name);
    const known = out.agencies.find((a) => a.code === code);
    if (known !== undefined) return known;
    const agency: DraftAgency = {
      code,
      name,
      kind: agencyKindOf(name),
      standingOffice: false,
      source: line.source,
      doubt: null,
    };
    out.agencies.push(agency);
    return agency;
  };
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (
      (marker.kind === "number" && marker.depth === 1) ||
      (marker.kind === "none" && line.heading !== null)
    ) {
      const name = trimEnd(marker.rest).replace(/^Đề nghị\s+/u, "");
      blocks.push({ agency: agencyNamed(name, line), duties: [] });
    } else if (blocks.at(-1) === undefined) {
      out.findings.push({
        code: "unplaced",
        severity: "unplaced",
        source: line.source,
        params: { text: line.text },
      });
    } else {
      blocks.at(-1)?.duties.push({ ...line, text: marker.kind === "bullet" ? marker.rest : line.text });
    }
  }
  const office = blocks.find((b) => b.duties.some((d) => /tong hop bao cao/.test(fold(d.text))));
  if (office !== undefined) {
    const why = office.duties.find((d) => /tong hop bao cao/.test(fold(d.text)));
    office.agency.standingOffice = true;
    office.agency.doubt = { reason: "standing-office-inferred", quote: why?.text ?? "" };
  }
  for (const block of blocks) {
    const programDuties: DocLine[] = [];
    const own: DraftAssignment[] = [];
    for (const duty of block.duties) {
      const codes = itemReferences(duty.text);
      if (codes.length === 0) {
        programDuties.push(duty);
        continue;
      }
      for (const code of codes) out.references.push({ code, source: duty.source, quote: duty.text });
      const assign = (agency: string, role: TRole, doubt: string | null) =>
        own.push({
          agency,
          role,
          items: codes,
          report: null,
          note: trimEnd(duty.text),
          source: duty.source,
          doubt: doubt === null ? null : { reason: doubt, quote: duty.text },
        });
      const guided = /^(?:Hướng dẫn|Huong dan)\s+(.+?)\s+(?:thực hiện|thuc hien)\b/iu.exec(duty.text);
      const f = fold(duty.text);
      if (guided) {
        assign(block.agency.code, "guide", null);
        assign(agencyNamed(guided[1] ?? "", duty).code, "implement", null);
      } else if (/^chu tri\b/.test(f)) {
        assign(block.agency.code, "lead", null);
      } else if (/^phoi hop voi\b/.test(f)) {
        const generic = /^phoi hop voi (?:cac|nhung) (?:co quan|don vi|phong|so|nganh|dia phuong)/.test(f);
        assign(
          block.agency.code,
          generic ? "implement" : "coordinate",
          generic ? "role-implement-with-others" : null,
        );
      } else if (/^(?:giam sat|kiem tra, giam sat)\b/.test(f)) {
        assign(block.agency.code, "supervise", null);
      } else {
        assign(block.agency.code, "implement", "role-guessed");
      }
    }
    const notes = programDuties.map((d) => trimEnd(d.text));
    const first = own[0];
    if (block.agency.standingOffice && first !== undefined) {
      first.note = [first.note, ...notes].filter((n) => n !== null).join("; ");
    } else if (programDuties.length > 0) {
      const all = fold(programDuties.map((d) => d.text).join(" "));
      const reports = /bao cao.*co quan thuong truc/.test(all);
      const supervises = !reports && /giam sat/.test(all);
      own.push({
        agency: block.agency.code,
        role: supervises ? "supervise" : "implement",
        items: [PROGRAM_CODE],
        report: reports || supervises ? null : false,
        note: notes.join("; "),
        source: programDuties[0]?.source ?? null,
        doubt: { reason: "program-duty", quote: programDuties[0]?.text ?? "" },
      });
    } else if (own.length === 0) {
      out.findings.push({
        code: "agency-without-duty",
        severity: "gap",
        source: block.agency.source,
        params: { agency: block.agency.name },
      });
    }
    out.assignments.push(...own);
  }
  return out;
}
