import type { CaseReport } from '@needle/contract';
import type { UploadedPhoto } from '../api/photos';

export interface ReportPoint {
  lat: number;
  lng: number;
}

/** What the reporter has entered: the form's values, and what a pending submission keeps. */
export interface ReportDraft {
  categoryCode?: string;
  point?: ReportPoint;
  description?: string;
  address?: string;
  photos: UploadedPhoto[];
  reporterName?: string;
  reporterPhone?: string;
  selfHandled?: boolean;
}

export const maxPhotos = 9;

export const trimmed = (text: string | undefined) => text?.trim() || undefined;

/** What every report says, by the resident's app or by a 12345 call: what, where. */
export interface Problem {
  categoryCode: string;
  description: string;
  point: ReportPoint;
  address?: string;
}

/**
 * A request body starts with the problem, in one fixed key order: two drafts that say the same thing
 * give the same JSON, which is how a retry is recognised as the same submission (and keeps its key).
 */
export const problemFields = ({ categoryCode, description, point, address }: Problem) => ({
  categoryCode,
  description: description.trim(),
  lat: point.lat,
  lng: point.lng,
  address: trimmed(address),
});

export function caseReport(draft: Problem & ReportDraft): CaseReport {
  return {
    ...problemFields(draft),
    photoIds: draft.photos.map((photo) => photo.id),
    reporterName: trimmed(draft.reporterName),
    reporterPhone: trimmed(draft.reporterPhone),
    selfHandled: draft.selfHandled || undefined,
  };
}
