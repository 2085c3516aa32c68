import { enumLabels, enumValues } from '../enums/enum-text.js';
import type { EnumLabels } from '../labels.js';

/**
 * Roles are permission sets, not people: in a street office one person often holds several
 * (受理员, 派遣员 and 值班长 at once), so a user carries a list of roles.
 */
export const ROLES = enumValues('role');
export type Role = (typeof ROLES)[number];

/** Who a timeline says acted: a role, or the server itself (sweeps, deadlines, follow-ups). */
export const ACTOR_ROLES = [...ROLES, ...enumValues('systemActor')] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

const roles = enumLabels('role');
const system = enumLabels('systemActor');
export const ACTOR_ROLE_LABELS: EnumLabels<ActorRole> = {
  'zh-CN': { ...roles['zh-CN'], ...system['zh-CN'] },
  en: { ...roles.en, ...system.en },
};

/** What a role grants, named `<area>:<verb>`. */
export const PERMISSIONS = enumValues('permission');
export type Permission = (typeof PERMISSIONS)[number];
export const PERMISSION_LABELS = enumLabels('permission');
