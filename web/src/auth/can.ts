import type { Me, Permission } from '@needle/contract';

/**
 * Whether the user holds any of the permissions: used only to decide what to offer (a menu item, a
 * button). The server checks again on every request.
 */
export const can = (me: Me, ...permissions: Permission[]): boolean =>
  permissions.some((permission) => me.permissions.includes(permission));
