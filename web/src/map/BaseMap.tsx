import { createContext, type ReactNode, useContext } from 'react';
import { TileLayer } from 'react-leaflet';
import { identity, type Projection } from './projection';
import { useBaseMap } from './useBaseMap';

const ProjectionContext = createContext<Projection>(identity);

/** How the overlays inside <BaseMap> are placed on its tiles (identity outside one). */
export const useProjection = (): Projection => useContext(ProjectionContext);

/**
 * The admin's base tiles, and the projection every overlay inside must draw with: put the map's layers
 * in it. The projection only shifts when the tiles are GCJ-02, so a map without <BaseMap> (no tiles)
 * stays consistent in WGS-84.
 */
export function BaseMap({ children }: { children?: ReactNode }) {
  const { layers, projection } = useBaseMap();
  return (
    <ProjectionContext.Provider value={projection}>
      {layers.map((layer) => (
        <TileLayer
          key={layer.url}
          url={layer.url}
          attribution={layer.attribution}
          subdomains={layer.subdomains ?? 'abc'}
          className="needle-base-tiles"
        />
      ))}
      {children}
    </ProjectionContext.Provider>
  );
}
