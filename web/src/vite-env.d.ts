/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Leaflet URL template for base tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
