import type { UploadedPhoto } from '../api/photos';
import { type PhotoFile, photoFile } from '../photos/PhotoUpload';
import type { ReportDraft, ReportPoint } from './reportDraft';

/** The report form's own values: photos as upload-list entries, which may still be uploading. */
export interface ReportFormValues {
  categoryCode?: string;
  point?: ReportPoint;
  description?: string;
  address?: string;
  photos?: PhotoFile[];
  reporterName?: string;
  reporterPhone?: string;
  selfHandled?: boolean;
}

export function draftOf({ photos, ...values }: ReportFormValues): ReportDraft {
  const uploaded = (photos ?? []).flatMap((file): UploadedPhoto[] =>
    file.status === 'done' && file.response ? [file.response] : [],
  );
  return { ...values, photos: uploaded };
}

export function formValuesOf({ photos, ...draft }: ReportDraft): ReportFormValues {
  return { ...draft, photos: photos.map(photoFile) };
}

/** A point handed over in the URL (`/report?lat=…&lng=…`, from the map page's "report here"). */
export function pointFromSearch(params: URLSearchParams): ReportPoint | undefined {
  const lat = Number(params.get('lat'));
  const lng = Number(params.get('lng'));
  const valid = params.has('lat') && params.has('lng') && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  return valid && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
}
