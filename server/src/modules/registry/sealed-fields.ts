import { blindIndex } from '../../lib/personal-data/blind-index.js';
import type { KeyRing } from '../../lib/personal-data/key-ring.js';
import { seal } from '../../lib/personal-data/seal.js';
import { maskIdNumber, maskPhone } from '../../lib/privacy/mask.js';

/** Phones are kept as people dial them in China, without +86, so masks and lookups agree. */
export const localPhone = (phone: string) => phone.replace(/^\+86/, '');

/** The columns an ID number becomes: sealed, blind-indexed and masked; all null when it is cleared. */
export function idNumberColumns(keys: KeyRing, idNumber: string | null) {
  if (idNumber === null) return { idNumberSealed: null, idNumberIndex: null, idNumberMasked: null };
  const id = idNumber.toUpperCase();
  return {
    idNumberSealed: seal(keys, 'id_number', id),
    idNumberIndex: blindIndex(keys, 'id_number', id),
    idNumberMasked: maskIdNumber(id),
  };
}

export function phoneColumns(keys: KeyRing, phone: string | null) {
  if (phone === null) return { phoneSealed: null, phoneIndex: null, phoneMasked: null };
  const local = localPhone(phone);
  return {
    phoneSealed: seal(keys, 'phone', local),
    phoneIndex: blindIndex(keys, 'phone', local),
    phoneMasked: maskPhone(local),
  };
}
