import type { MaskedResident } from '@needle/contract';
import { maskName } from '../../lib/privacy/mask.js';
import type { registryResidents } from './registry.tables.js';

type ResidentRow = typeof registryResidents.$inferSelect;

/** A resident as every list and answer shows them: only the masked copies ever leave, never a sealed value. */
export function maskedResident(r: ResidentRow, place: { building: string; unit: string }): MaskedResident {
  return {
    id: r.id,
    householdId: r.householdId,
    regionCode: r.regionCode,
    name: maskName(r.name) ?? '*',
    relation: r.relation,
    birthYear: r.birthYear,
    idNumber: r.idNumberMasked,
    phone: r.phoneMasked,
    careTags: r.careTags,
    movedOut: r.movedOutAt !== null,
    building: place.building,
    unit: place.unit,
  };
}
