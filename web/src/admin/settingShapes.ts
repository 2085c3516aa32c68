/** The kinds of value a setting holds, told apart by shape so that a key added later still gets a form. */
export type SettingShape =
  | { kind: 'number' }
  | { kind: 'officeHours' }
  | { kind: 'limit' }
  | { kind: 'limits'; keys: string[] }
  | { kind: 'numbers'; keys: string[] }
  | { kind: 'json' };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isLimit = (v: unknown): boolean =>
  isRecord(v) && typeof v.amount === 'number' && typeof v.unit === 'string' && Object.keys(v).length === 2;

export function shapeOf(key: string, value: unknown): SettingShape {
  if (key === 'officeHours') return { kind: 'officeHours' };
  if (typeof value === 'number') return { kind: 'number' };
  if (isLimit(value)) return { kind: 'limit' };
  if (isRecord(value) && Object.keys(value).length > 0) {
    const entries = Object.values(value);
    if (entries.every(isLimit)) return { kind: 'limits', keys: Object.keys(value) };
    if (entries.every((v) => typeof v === 'number')) return { kind: 'numbers', keys: Object.keys(value) };
  }
  return { kind: 'json' };
}

/** The form's values for a setting: a bare number is wrapped (a form holds fields), JSON is text. */
export function toFormValues(shape: SettingShape, value: unknown): Record<string, unknown> {
  switch (shape.kind) {
    case 'number':
      return { value };
    case 'json':
      return { json: JSON.stringify(value ?? null, null, 2) };
    case 'officeHours':
      return { breaks: [], ...(value as Record<string, unknown>) };
    default:
      return value as Record<string, unknown>;
  }
}

/** The value to send from the form's values; a JSON text that does not parse is refused before sending. */
export function fromFormValues(
  shape: SettingShape,
  values: Record<string, unknown>,
): { value: unknown } | { invalidJson: true } {
  switch (shape.kind) {
    case 'number':
      return { value: values.value };
    case 'json':
      try {
        return { value: JSON.parse(String(values.json ?? '')) };
      } catch {
        return { invalidJson: true };
      }
    case 'officeHours': {
      const breaks = (values.breaks as unknown[] | undefined) ?? [];
      return { value: { start: values.start, end: values.end, breaks } };
    }
    default:
      return { value: values };
  }
}
