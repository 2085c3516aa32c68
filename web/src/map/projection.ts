import gcoord from 'gcoord';

/**
 * Between the coordinates Needle stores (WGS-84, what phones report and the 天地图 and OSM tiles use)
 * and the ones the tiles under the map are drawn in. AMap and Tencent tiles are GCJ-02, shifted by a
 * few hundred metres: a WGS-84 point drawn on them as is lands in the wrong street. The shift is done by
 * gcoord, never by hand: it is not a constant offset.
 */
export interface Projection {
  /** Stored (WGS-84) → drawn. */
  toMap(lat: number, lng: number): [number, number];
  /** Drawn → stored (WGS-84): a click on the map, before it is looked up or reported. */
  fromMap(lat: number, lng: number): [number, number];
  /** Whether toMap changes anything: layers that cost to convert skip it when not. */
  shifted: boolean;
}

export const identity: Projection = {
  toMap: (lat, lng) => [lat, lng],
  fromMap: (lat, lng) => [lat, lng],
  shifted: false,
};

export const gcj02: Projection = {
  toMap(lat, lng) {
    const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
    return [y, x];
  },
  fromMap(lat, lng) {
    const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
    return [y, x];
  },
  shifted: true,
};
