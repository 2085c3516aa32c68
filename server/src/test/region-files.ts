/** A square polygon with its south-western corner at (lng, lat), closed as GeoJSON wants. */
export const square = (lng: number, lat: number, size = 0.001) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});

/** One region of an import file: its code, its name, its shape and any other properties. */
export const feature = (
  code: string,
  name: string,
  geometry: unknown,
  extra: Record<string, unknown> = {},
) => ({
  type: 'Feature',
  properties: { code, name, ...extra },
  geometry,
});
