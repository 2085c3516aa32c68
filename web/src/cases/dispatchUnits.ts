import type { DispatchUnit } from '@needle/contract';

export interface UnitOption {
  value: string;
  label: string;
}

// A select holds one string: a department or a street/community office, told apart by a prefix.
export const departmentOption = (id: string, label: string): UnitOption => ({
  value: `department:${id}`,
  label,
});
export const officeOption = (regionCode: string, label: string): UnitOption => ({
  value: `region:${regionCode}`,
  label,
});

export function dispatchUnit(value: string | undefined): DispatchUnit | undefined {
  if (value?.startsWith('department:')) return { departmentId: value.slice('department:'.length) };
  if (value?.startsWith('region:')) return { regionCode: value.slice('region:'.length) };
  return undefined;
}
