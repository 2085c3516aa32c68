import { list, type Open311Document } from './document.js';

/** When this endpoint's interface last changed; clients compare it to know whether to re-read services. */
const CHANGESET = '2026-05-01T00:00:00+08:00';

/** The service discovery document: where the GeoReport v2 endpoint is and which formats it speaks. */
export function discoveryDocument(baseUrl: string): Open311Document {
  return {
    root: 'discovery',
    body: {
      changeset: CHANGESET,
      contact: 'Needle (一根针): ask the administrator of this installation',
      key_service: 'API keys are issued by an administrator of this installation (POST /api/open311/clients)',
      endpoints: list('endpoint', [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${baseUrl}/open311/v2`,
          changeset: CHANGESET,
          type: 'production',
          formats: list('format', ['text/xml', 'application/json']),
        },
      ]),
    },
  };
}
