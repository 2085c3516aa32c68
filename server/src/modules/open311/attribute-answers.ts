import type { CategoryAttributeRow } from '../categories/category-attributes.js';
import type { Fields } from './form-fields.js';
import { badRequest } from './open311-errors.js';
import { chinaIso, parseIso8601 } from './open311-time.js';

export type AttributeAnswer = string | number | string[];

// attribute[code] for one value; attribute[code][] for each value of a multi-value list.
const ATTRIBUTE_FIELD = /^attribute\[([^\]]*)\](\[\])?$/;
const MAX_STRING = 200;
const MAX_TEXT = 4000;

/** The values sent for each attribute code, from the `attribute[…]` fields of the form. */
function sentAttributes(fields: Fields): Map<string, string[]> {
  const sent = new Map<string, string[]>();
  for (const [name, values] of fields) {
    const m = ATTRIBUTE_FIELD.exec(name);
    if (!m) continue;
    const code = m[1] ?? '';
    const given = values.map((v) => v.trim()).filter((v) => v !== '');
    sent.set(code, [...(sent.get(code) ?? []), ...given]);
  }
  return sent;
}

function answer(a: CategoryAttributeRow, values: string[]): AttributeAnswer {
  const one = (): string => {
    if (values.length > 1) throw badRequest(`attribute[${a.code}] takes one value`);
    return values[0] ?? '';
  };
  const keys = a.values.map((v) => v.key);
  const known = (v: string) => {
    if (!keys.includes(v)) {
      throw badRequest(`attribute[${a.code}] must be one of ${keys.join(', ')}; got ${v.slice(0, 50)}`);
    }
    return v;
  };
  switch (a.datatype) {
    case 'string':
    case 'text': {
      const v = one();
      const max = a.datatype === 'string' ? MAX_STRING : MAX_TEXT;
      if ([...v].length > max) throw badRequest(`attribute[${a.code}] is longer than ${max} characters`);
      return v;
    }
    case 'number': {
      const v = one();
      const n = Number(v);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) || !Number.isFinite(n)) {
        throw badRequest(`attribute[${a.code}] must be a number`);
      }
      return n;
    }
    case 'datetime': {
      const at = parseIso8601(one());
      if (!at) throw badRequest(`attribute[${a.code}] must be an ISO 8601 date-time`);
      return chinaIso(at);
    }
    case 'singlevaluelist':
      return known(one());
    case 'multivaluelist':
      return [...new Set(values.map(known))];
  }
}

/**
 * The answers to a service's attributes, checked against its definition: every required one given,
 * each of its datatype, list values among the listed keys. An attribute the service does not ask is
 * refused rather than dropped, so a client sending to the wrong service_code hears of it.
 */
export function answerAttributes(
  definitions: CategoryAttributeRow[],
  fields: Fields,
): Record<string, AttributeAnswer> {
  const sent = sentAttributes(fields);
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  for (const code of sent.keys()) {
    if (!byCode.has(code)) throw badRequest(`This service has no attribute ${code.slice(0, 50)}`);
  }
  const answers: Record<string, AttributeAnswer> = {};
  for (const d of definitions) {
    const values = sent.get(d.code) ?? [];
    if (values.length === 0) {
      if (d.required) throw badRequest(`attribute[${d.code}] is required: ${d.descriptionZh}`);
      continue;
    }
    answers[d.code] = answer(d, values);
  }
  return answers;
}
