/** Subjects (places, callers) asked for their evidence in one statement this many at a time. */
export const EVIDENCE_BATCH = 1_000;

/**
 * Every subject's evidence, read in one statement per EVIDENCE_BATCH subjects rather than one each (a
 * city has hundreds of recurrences and repeated callers on a day, a millisecond apiece), and kept under
 * each row's key in the order `read` answers them (newest first, at most MAX_EVIDENCE a subject). The
 * batches keep a statement's parameters far below PostgreSQL's limit however many are flagged.
 */
export async function evidenceBySubject<S, R>(
  subjects: readonly S[],
  read: (batch: readonly S[]) => Promise<readonly R[]>,
  keyOf: (row: R) => string,
): Promise<Map<string, R[]>> {
  const out = new Map<string, R[]>();
  for (let i = 0; i < subjects.length; i += EVIDENCE_BATCH) {
    for (const row of await read(subjects.slice(i, i + EVIDENCE_BATCH))) {
      const key = keyOf(row);
      const rows = out.get(key);
      if (rows) rows.push(row);
      else out.set(key, [row]);
    }
  }
  return out;
}
