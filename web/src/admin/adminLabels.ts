import type { TFunction } from 'i18next';
import { adminZh } from '../i18n/admin.zh-CN';

// The server may send a value the web app does not know yet: it shows as sent rather than as a key path.
const isKey = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export const departmentTypeLabel = (t: TFunction, type: string): string =>
  isKey(adminZh.departmentTypes, type) ? t(`admin.departmentTypes.${type}`) : type;

export const routingLabel = (t: TFunction, routing: string): string =>
  isKey(adminZh.routings, routing) ? t(`admin.routings.${routing}`) : routing;

export const settingKeyLabel = (t: TFunction, key: string): string =>
  isKey(adminZh.settingKeys, key) ? t(`admin.settingKeys.${key}`) : key;

export const timeUnitLabel = (t: TFunction, unit: string): string =>
  isKey(adminZh.timeUnits, unit) ? t(`admin.timeUnits.${unit}`) : unit;

/** A field inside a setting: a weight, a points rule, an urgency's limit. */
export const settingFieldLabel = (t: TFunction, field: string): string =>
  isKey(adminZh.settings.fields, field)
    ? t(`admin.settings.fields.${field}`)
    : isKey(adminZh.urgencies, field)
      ? t(`admin.urgencies.${field}`)
      : field;

/** What a setting does, for the keys this screen knows; none for a key added later. */
export const settingHint = (t: TFunction, key: string): string | undefined =>
  isKey(adminZh.settings.hints, key) ? t(`admin.settings.hints.${key}`) : undefined;

/** The kind of record an audit entry is about. */
export const entityLabel = (t: TFunction, entity: string): string =>
  isKey(adminZh.audit.entities, entity) ? t(`admin.audit.entities.${entity}`) : entity;
