import type { Me } from '../api/types';

/**
 * Whether the user holds any of the permissions: used only to decide what to offer (a menu item, a
 * button). The server checks again on every request.
 */
export const can = (me: Me, ...permissions: string[]): boolean =>
  permissions.some((permission) => me.permissions.includes(permission));
