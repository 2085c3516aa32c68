import type { Me, WhistleCall, WhistleLevel, WhistleOrder } from '@needle/contract';

// Copies of the server's rules (server/src/modules/whistle/whistle-scope.ts, order-access.ts), only to
// decide what to offer; the server remains the judge of every step.

/** The office the user whistles from: their community (level 2) or street (level 3), if they may. */
export function whistlingOffice(me: Me): { level: WhistleLevel; regionCode: string } | null {
  const j = me.jurisdiction;
  if (j.kind !== 'region' || !me.permissions.includes('whistles:issue')) return null;
  if (j.level === 'community' && me.roles.includes('community_staff'))
    return { level: 2, regionCode: j.code };
  if (j.level === 'street' && me.roles.includes('street_staff')) return { level: 3, regionCode: j.code };
  return null;
}

/** Only the office that issued an order commands it: close, cancel, evaluate. */
export function isIssuingOffice(me: Me, order: Pick<WhistleOrder, 'level' | 'regionCode'>): boolean {
  const office = whistlingOffice(me);
  return office !== null && office.level === order.level && office.regionCode === order.regionCode;
}

/**
 * Who reports in for a call: the called department's staff, the called member, or, for a partner unit
 * (which has no accounts), the issuing office on its behalf.
 */
export function answersFor(me: Me, order: WhistleOrder, call: WhistleCall): boolean {
  const j = me.jurisdiction;
  if (call.targetKind === 'department')
    return j.kind === 'department' && j.departmentId === call.departmentId;
  if (call.targetKind === 'member') return call.userId === me.id;
  return isIssuingOffice(me, order);
}
