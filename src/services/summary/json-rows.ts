// Many rows read as one JSON array: the database builds it (json_group_array on SQLite, json_agg on
// PostgreSQL) and JSON.parse reads it at once. For a province's summary (10,000 assignments, their
// reports and revisions) this costs a fraction of Prisma turning each row into an object, value
// by value, which was most of the summary's time. Values come back as JSON has them: instants as
// text unless read with `epochMs`, booleans as 0/1 on SQLite, BigInt columns should be cast to TEXT.
import { Prisma } from "../../generated/prisma/client.ts";
import { directQuery } from "../../db/direct-sql.ts";
import { dialectOf, type Db } from "../../db/open-database.ts";

/** `SELECT <columns> <rest>` as arrays of values, in the order the rows come. */
export async function jsonRows(db: Db, columns: Prisma.Sql, rest: Prisma.Sql): Promise<unknown[][]> {
  const array =
    dialectOf(db) === "postgres"
      ? Prisma.sql`json_agg(json_build_array(${columns}))`
      : Prisma.sql`json_group_array(json_array(${columns}))`;
  // Straight to the driver (db/direct-sql.ts): Prisma's engine would handle the one value, a few
  // megabytes of text, once more on its way. Not kept prepared: large reads plan better with their values.
  const [row] = await directQuery<{ rows: string | null }>(
    db,
    Prisma.sql`SELECT CAST(${array} AS TEXT) AS "rows" ${rest}`,
    { keep: false },
  );
  return JSON.parse(row?.rows ?? "[]") as unknown[][];
}

/**
 * An instant column as epoch milliseconds, a JSON number read with `new Date(ms)`: parsing the ISO
 * text instead (SQLite's has its offset, PostgreSQL's none) cost a regular expression and a date
 * parser per revision. SQLite's `unixepoch(…, 'subsec')` keeps the milliseconds Prisma stores.
 */
export const epochMs = (db: Db, column: Prisma.Sql): Prisma.Sql =>
  dialectOf(db) === "postgres"
    ? Prisma.sql`CAST(EXTRACT(EPOCH FROM ${column}) * 1000 AS BIGINT)`
    : Prisma.sql`CAST(round(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`;

/** A money column cast to TEXT, or null. */
export const vnd = (v: unknown): bigint | null => (v === null ? null : BigInt(v as string));

/** A boolean: PostgreSQL's true/false, SQLite's 1/0. */
export const flag = (v: unknown): boolean => v === true || v === 1;

export const text = (v: unknown): string | null => (v === null ? null : String(v));
