import type { Channel } from '@needle/contract';
import { AppError } from '../../lib/errors/app-error.js';
import type { Role } from '../auth/roles.js';
import type { CaseStatus } from './lifecycle/case-status.js';

export { CHANNELS, type Channel } from '@needle/contract';

// The first role in this order that a user holds decides their channel.
const BY_ROLE: [Role, Channel][] = [
  ['hotline_operator', 'hotline'],
  ['grid_worker', 'patrol'],
  ['courier', 'courier'],
  ['resident', 'resident_app'],
  ['community_staff', 'proactive'],
  ['street_staff', 'proactive'],
  ['dispatcher', 'proactive'],
  ['shift_lead', 'proactive'],
  ['leader', 'proactive'],
];

export function channelFor(roles: readonly Role[]): { channel: Channel; role: Role } {
  for (const [role, channel] of BY_ROLE) if (roles.includes(role)) return { channel, role };
  throw new AppError(403, 'ROLE_NOT_ALLOWED', 'None of your roles may report a case');
}

/**
 * Where a new case starts. A public report waits to be verified; a grid worker saw it with their own
 * eyes; a hotline operator or a staff member registers it as they take it in.
 */
export function initialStatus(channel: Channel): CaseStatus {
  switch (channel) {
    case 'resident_app':
    case 'courier':
    case 'open311':
      return 'reported';
    case 'patrol':
      return 'verified';
    case 'hotline':
    case 'proactive':
      return 'registered';
  }
}
