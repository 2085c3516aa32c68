import { DomUtil, Layer, type Map as LeafletMap, type LeafletMouseEvent } from 'leaflet';
import { type CaseIndex, CLUSTER_MAX_ZOOM, lightColour } from './caseIndex';

/** One mark drawn: a bubble for many cases or a dot for one, where it is on screen. */
interface Drawn {
  x: number;
  y: number;
  r: number;
  /** A cluster's id, or -1 for a single case. */
  clusterId: number;
  /** A single case's place in the columns, or -1 for a cluster. */
  i: number;
}

// A bubble grows with the log of its count: 10 and 10,000 cases must both be readable and not cover the map.
const bubbleRadius = (count: number) => Math.round(13 + 4 * Math.log10(count));
const DOT_RADIUS = 7;
// A finger or a shaky mouse: a click this close to a mark counts as on it.
const HIT_SLACK = 4;

const countText = (count: number) => (count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count));

/**
 * Every case mark on one canvas, redrawn on moveend only: panning moves the canvas with the map pane and
 * costs nothing, and no mark is a DOM element (50,000 cases, or the few hundred bubbles they make, would
 * be). The canvas takes no pointer events: the grids under it keep their clicks (which grid is here?),
 * and the map's click is hit-tested against the marks instead.
 */
export class CaseCanvas extends Layer {
  private canvas: HTMLCanvasElement | null = null;
  private drawn: Drawn[] = [];

  constructor(
    private readonly index: CaseIndex,
    private readonly onCase: (i: number | null) => void,
  ) {
    super();
  }

  override onAdd(map: LeafletMap): this {
    const canvas = DomUtil.create('canvas', 'leaflet-zoom-hide needle-case-canvas');
    canvas.style.pointerEvents = 'none';
    canvas.dataset.testid = 'case-canvas';
    map.getPanes().overlayPane.appendChild(canvas);
    this.canvas = canvas;
    map.on('moveend resize', this.draw, this);
    map.on('click', this.click, this);
    this.draw();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    map.off('moveend resize', this.draw, this);
    map.off('click', this.click, this);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private draw(): void {
    const started = performance.now();
    this.paint();
    // What a pan or zoom costs the page, for tests and the browser's performance panel.
    performance.measure('needle-case-draw', { start: started, end: performance.now() });
  }

  private paint(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    // The overlay pane is offset by the pan so far: put the canvas back over the visible map.
    DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);

    const bounds = map.getBounds().pad(0.1);
    const zoom = Math.min(Math.floor(map.getZoom()), CLUSTER_MAX_ZOOM + 1);
    const features = this.index.getClusters(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      zoom,
    );
    const drawn: Drawn[] = [];
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = '600 12px sans-serif';
    let clusters = 0;
    for (const feature of features) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const { x, y } = map.latLngToContainerPoint([lat, lng]);
      const p = feature.properties;
      if ('cluster' in p && p.cluster) {
        clusters++;
        const r = bubbleRadius(p.point_count);
        const colour = lightColour(p.worst);
        ctx.globalAlpha = 0.35;
        ctx.fillStyle = colour;
        ctx.beginPath();
        ctx.arc(x, y, r + 4, 0, Math.PI * 2);
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.beginPath();
        ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.fill();
        ctx.fillStyle = '#fff';
        ctx.fillText(countText(p.point_count), x, y);
        drawn.push({ x, y, r: r + 4, clusterId: p.cluster_id, i: -1 });
      } else if ('i' in p) {
        ctx.fillStyle = lightColour(p.light);
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(x, y, DOT_RADIUS, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
        drawn.push({ x, y, r: DOT_RADIUS, clusterId: -1, i: p.i });
      }
    }
    this.drawn = drawn;
    // What is drawn, for tests and for anyone inspecting the page: a canvas leaves no DOM to count.
    canvas.dataset.clusters = String(clusters);
    canvas.dataset.cases = String(drawn.length - clusters);
  }

  /** The mark under a point of the map's container, the topmost (last drawn) first. */
  markAt(x: number, y: number): Drawn | null {
    for (let k = this.drawn.length - 1; k >= 0; k--) {
      const mark = this.drawn[k] as Drawn;
      if (Math.hypot(mark.x - x, mark.y - y) <= mark.r + HIT_SLACK) return mark;
    }
    return null;
  }

  private click(event: LeafletMouseEvent): void {
    const map = this._map;
    const mark = this.markAt(event.containerPoint.x, event.containerPoint.y);
    this.onCase(mark && mark.i >= 0 ? mark.i : null);
    // A bubble opens up: zoom to where its cases part. (The grid under it is still located.)
    if (map && mark && mark.clusterId >= 0) {
      const zoom = Math.min(this.index.getClusterExpansionZoom(mark.clusterId), CLUSTER_MAX_ZOOM + 1);
      map.setView(map.containerPointToLatLng([mark.x, mark.y]), zoom);
    }
  }
}
