import type { ResidentInput } from '../api/registry';

export interface ResidentValues {
  name: string;
  relation?: string;
  birthYear?: number | null;
  idNumber?: string;
  phone?: string;
  careTags?: string[];
}

/** The form's values as the server takes them: blanks left out, the ID number's x made upper case. */
export function residentInput(v: ResidentValues): ResidentInput {
  return {
    name: v.name.trim(),
    ...(v.relation?.trim() ? { relation: v.relation.trim() } : {}),
    ...(v.birthYear ? { birthYear: v.birthYear } : {}),
    ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim().toUpperCase() } : {}),
    ...(v.phone?.trim() ? { phone: v.phone.replace(/[\s-]/g, '') } : {}),
    ...(v.careTags?.length ? { careTags: v.careTags } : {}),
  };
}
