/**
 * The city's own address service (地址解析), asked beside the gazetteer when set. The URL template
 * holds {q} where the typed text goes; the answer must come within the timeout or it is left out.
 */
export interface GeocoderSetting {
  urlTemplate: string;
  timeoutMs: number;
}

export interface GeocoderSettings {
  /** An empty urlTemplate: no geocoder, the gazetteer alone answers. */
  geocoder: GeocoderSetting;
}

export const GEOCODER_SETTING_DEFAULTS: GeocoderSettings = { geocoder: { urlTemplate: '', timeoutMs: 1500 } };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function geocoderOf(value: unknown): GeocoderSetting {
  if (!isRecord(value)) throw new RangeError('geocoder must be an object {urlTemplate, timeoutMs}');
  const extra = Object.keys(value).filter((k) => k !== 'urlTemplate' && k !== 'timeoutMs');
  if (extra.length > 0) throw new RangeError(`geocoder has unknown fields: ${extra.join(', ')}`);
  const { urlTemplate, timeoutMs } = value;
  // Past 10 s the caller has hung up on the operator; under 100 ms no real service answers.
  if (
    typeof timeoutMs !== 'number' ||
    !Number.isInteger(timeoutMs) ||
    timeoutMs < 100 ||
    timeoutMs > 10_000
  ) {
    throw new RangeError('geocoder.timeoutMs must be a whole number of milliseconds from 100 to 10000');
  }
  if (urlTemplate === '') return { urlTemplate, timeoutMs };
  if (typeof urlTemplate !== 'string' || !urlTemplate.includes('{q}')) {
    throw new RangeError('geocoder.urlTemplate must be a URL with {q} where the address goes');
  }
  let url: URL;
  try {
    url = new URL(urlTemplate.replace('{q}', 'q'));
  } catch {
    throw new RangeError('geocoder.urlTemplate is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError('geocoder.urlTemplate must be an http or https URL');
  }
  return { urlTemplate, timeoutMs };
}

export const GEOCODER_SETTING_PARSERS: {
  [K in keyof GeocoderSettings]: (value: unknown) => GeocoderSettings[K];
} = { geocoder: geocoderOf };
