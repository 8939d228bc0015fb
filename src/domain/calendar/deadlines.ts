// Which deadline is next, and which have passed without a report. Time is an argument.

export interface DatedPeriod {
  key: string;
  label: string;
  dueDate: string;
  dueAt: Date;
}

/** The earliest period whose deadline has not passed at `now`, or null after the last one. */
export function nextDeadline<P extends DatedPeriod>(periods: P[], now: Date): P | null {
  let best: P | null = null;
  for (const p of periods) {
    if (p.dueAt.getTime() >= now.getTime() && (best === null || p.dueAt < best.dueAt)) best = p;
  }
  return best;
}

/** Periods past their deadline at `now` with no report, oldest first. */
export function overduePeriods<P extends DatedPeriod>(
  periods: P[],
  reported: ReadonlySet<string>,
  now: Date,
): P[] {
  return periods
    .filter((p) => p.dueAt.getTime() < now.getTime() && !reported.has(p.key))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * The period a report is for when nobody says: the oldest one still missing whose deadline passed
 * less than `graceDays` ago, else the next deadline, else the last one.
 */
export function defaultPeriod<P extends DatedPeriod>(
  periods: P[],
  reported: ReadonlySet<string>,
  now: Date,
  graceDays = 14,
): P | null {
  const sorted = [...periods].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const late = sorted.find(
    (p) =>
      !reported.has(p.key) &&
      p.dueAt.getTime() < now.getTime() &&
      now.getTime() - p.dueAt.getTime() <= graceDays * 86_400_000,
  );
  return late ?? nextDeadline(sorted, now) ?? sorted.at(-1) ?? null;
}
