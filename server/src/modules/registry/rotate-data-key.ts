import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { KeyRing } from '../../lib/personal-data/key-ring.js';
import { unseal } from '../../lib/personal-data/seal.js';
import { registryResidents } from './registry.tables.js';
import { idNumberColumns, phoneColumns } from './sealed-fields.js';

const BATCH = 500;

/**
 * Re-seals every resident's ID number and phone under the ring's current key and recomputes their
 * blind indexes, a batch at a time, each batch in its own transaction (a crash leaves every row whole,
 * under the old key or the new one, and a second run finishes the job). The retired keys must still be
 * in the ring to open what they sealed. Answers how many residents were re-sealed.
 */
export async function rotateDataKey(db: Db, keys: KeyRing): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(registryResidents)
      .where(gt(registryResidents.id, after))
      .orderBy(asc(registryResidents.id))
      .limit(BATCH);
    const last = rows.at(-1);
    if (!last) return done;
    await db.transaction(async (tx) => {
      for (const r of rows) {
        const id = r.idNumberSealed ? unseal(keys, 'id_number', r.idNumberSealed) : null;
        const phone = r.phoneSealed ? unseal(keys, 'phone', r.phoneSealed) : null;
        await tx
          .update(registryResidents)
          .set({ ...idNumberColumns(keys, id), ...phoneColumns(keys, phone) })
          .where(eq(registryResidents.id, r.id));
      }
    });
    done += rows.length;
    after = last.id;
  }
}
