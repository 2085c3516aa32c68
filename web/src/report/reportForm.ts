import type { OutboxItem } from '../offline/outboxItem';
import { type PickedPhoto, pickedPhoto } from '../photos/PhotoPicker';
import type { ReportDraft, ReportPoint } from './reportDraft';

/** The report form's own values: photos kept on the phone, which may still be being shrunk. */
export interface ReportFormValues extends ReportDraft {
  photos?: PickedPhoto[];
}

/** A report from the outbox, back in the form to be corrected. */
export function formValuesOf({ body, photos }: OutboxItem): ReportFormValues {
  return {
    categoryCode: body.categoryCode,
    point: { lat: body.lat, lng: body.lng },
    description: body.description,
    address: body.address,
    reporterName: body.reporterName,
    reporterPhone: body.reporterPhone,
    selfHandled: body.selfHandled,
    photos: photos.map((photo, index) => pickedPhoto(photo.blob, index)),
  };
}

/** A point handed over in the URL (`/report?lat=…&lng=…`, from the map page's "report here"). */
export function pointFromSearch(params: URLSearchParams): ReportPoint | undefined {
  const lat = Number(params.get('lat'));
  const lng = Number(params.get('lng'));
  const valid = params.has('lat') && params.has('lng') && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  return valid && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
}

/** A subcategory handed over in the URL (`/report?category=E0550`, a grid worker's quick report). */
export function categoryFromSearch(params: URLSearchParams): string | undefined {
  const code = params.get('category');
  return code && /^[CE][0-9]{4}$/.test(code) ? code : undefined;
}
