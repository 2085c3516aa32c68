/**
 * The names under which Needle's records hold residents' personal data. The audit log masks them and
 * the server log leaves them out; one list, so a field added to one is added to both.
 */
export const PHONE_FIELDS = ['phone', 'reporterPhone', 'callerPhone', 'contactPhone'] as const;
export const ID_NUMBER_FIELDS = ['idNumber', 'idCardNumber'] as const;
/** People's names; `name` alone is not here, as it names units, categories and places. */
export const PERSON_NAME_FIELDS = [
  'displayName',
  'reporterName',
  'callerName',
  'contactName',
  'first_name',
  'last_name',
] as const;
