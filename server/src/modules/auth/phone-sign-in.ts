import { randomBytes } from 'node:crypto';
import type { CourierCompany, PhoneSignUpBody } from '@needle/contract';
import { eq } from 'drizzle-orm';
import { type Db, transaction } from '../../db/database.js';
import { databaseErrorOf } from '../../db/database-error.js';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RegionsService } from '../regions/regions.service.js';
import { users } from '../users/users.tables.js';
import { type SignedIn, startSession, userColumns } from './auth.service.js';
import { hashPassword } from './password.js';
import type { ProvenCode } from './phone-codes.js';
import type { E164 } from './phone-number.js';

const codeAlreadyUsed = () =>
  new AppError(401, 'CODE_INVALID', 'This code was used a moment ago; ask for a new one');

/**
 * Signs in the account holding the number, once its code is proven. Asked only after the code is
 * right, "not registered" tells nothing to someone without the phone; the code is then left unused,
 * so the same one signs the number up.
 */
export async function signInByPhone(db: Db, proven: ProvenCode, ttlHours: number): Promise<SignedIn> {
  const [row] = await db
    .select({ ...userColumns, active: users.active })
    .from(users)
    .where(eq(users.phone, proven.phone));
  if (!row) throw notFound('PHONE_NOT_REGISTERED', 'No account has this number; sign up with it');
  if (!row.active) throw new AppError(403, 'ACCOUNT_INACTIVE', 'This account has been deactivated');
  return transaction(db, async (tx) => {
    if (!(await proven.claim(tx))) throw codeAlreadyUsed();
    return startSession(tx, row, ttlHours);
  });
}

/** What a sign-up asks for, checked: a courier names their company, a resident has none. */
export interface SignUp {
  displayName: string;
  role: 'resident' | 'courier';
  company: CourierCompany | null;
}

export function signUpOf(body: Omit<PhoneSignUpBody, 'phone' | 'code'>): SignUp {
  const displayName = body.displayName.trim();
  if (!displayName) throw badRequest('NAME_REQUIRED', 'Say what we should call you');
  if (body.role === 'resident') {
    if (body.company) throw badRequest('COMPANY_NOT_ALLOWED', 'A resident signs up without a company');
    return { displayName, role: 'resident', company: null };
  }
  const name = body.company?.name.trim();
  if (!body.company || !name)
    throw badRequest('COMPANY_REQUIRED', 'A courier names their 快递 company or 外卖 platform');
  return { displayName, role: 'courier', company: { kind: body.company.kind, name } };
}

/**
 * Where a person who signed themselves up belongs: the top of the installation's region tree. What
 * they see does not depend on it (residents and couriers see the cases they reported or follow), but
 * the account must sit somewhere below the staff who look after accounts, and a null region would make
 * it an administrator's, with no bounds. Several trees (two cities): the first by code.
 */
export function publicRegionOf(regions: RegionsService): string {
  const [top] = regions.directory.roots().sort((a, b) => a.code.localeCompare(b.code));
  if (!top)
    throw new AppError(
      503,
      'SIGN_UP_UNAVAILABLE',
      'No region has been set up yet; sign-up opens once one is',
    );
  return top.code;
}

// Phone-only accounts need no username of their own choosing: a random one that says nothing about
// the number, since staff see usernames unmasked.
const newUsername = () => `p-${randomBytes(6).toString('hex')}`;

/** Creates the account for a proven number and signs it in, in one transaction with the code's use. */
export async function signUpByPhone(
  db: Db,
  proven: ProvenCode,
  signUp: SignUp,
  regionCode: string,
  ttlHours: number,
): Promise<SignedIn> {
  // The table wants a password; this is a hash of 32 random bytes nobody ever sees, so the account
  // signs in by phone only until an administrator sets a password.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await transaction(db, async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, proven.phone));
      if (taken) throw phoneTaken(proven.phone);
      const [created] = await tx
        .insert(users)
        .values({
          username: newUsername(),
          displayName: signUp.displayName,
          passwordHash,
          phone: proven.phone,
          roles: [signUp.role],
          regionCode,
          companyKind: signUp.company?.kind ?? null,
          companyName: signUp.company?.name ?? null,
        })
        .returning(userColumns);
      if (!created) throw new Error('insert returned no row');
      if (!(await proven.claim(tx))) throw codeAlreadyUsed();
      await recordAudit(tx, {
        actorId: created.id,
        action: 'user.sign_up',
        entity: 'user',
        entityId: created.id,
        regionCode,
        after: { ...created, phone: maskPhone(proven.phone), company: signUp.company },
      });
      return startSession(tx, created, ttlHours);
    });
  } catch (err) {
    // Two sign-ups of one number at once: the unique index stops the second.
    if (databaseErrorOf(err)?.constraint === 'users_phone_key') throw phoneTaken(proven.phone);
    throw err;
  }
}

const phoneTaken = (phone: E164) =>
  conflict('PHONE_TAKEN', `${maskPhone(phone)} already has an account; sign in with it`);
