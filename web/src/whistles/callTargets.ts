import type { CallTarget } from '@needle/contract';

// A select holds one string: the kind of target before its id, as the case page's dispatch units do.
const kinds = { department: 'departmentId', partner: 'partnerUnitId', member: 'userId' } as const;
export type TargetKind = keyof typeof kinds;

export const targetValue = (kind: TargetKind, id: string): string => `${kind}:${id}`;

export function callTarget(value: string): CallTarget | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'department') return { departmentId: id };
  if (kind === 'partner') return { partnerUnitId: id };
  if (kind === 'member') return { userId: id };
  return null;
}
