import type { CaseReport } from '../api/caseTypes';
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

/**
 * The request body, built in one fixed key order: two drafts that say the same thing give the same
 * JSON, which is how a retry is recognised as the same submission (and so gets the same key).
 */
export function caseReport(
  draft: Required<Pick<ReportDraft, 'categoryCode' | 'point' | 'description'>> & ReportDraft,
): CaseReport {
  const trimmed = (text: string | undefined) => text?.trim() || undefined;
  return {
    categoryCode: draft.categoryCode,
    description: draft.description.trim(),
    lat: draft.point.lat,
    lng: draft.point.lng,
    address: trimmed(draft.address),
    photoIds: draft.photos.map((photo) => photo.id),
    reporterName: trimmed(draft.reporterName),
    reporterPhone: trimmed(draft.reporterPhone),
    selfHandled: draft.selfHandled || undefined,
  };
}

export const sameReport = (a: CaseReport, b: CaseReport): boolean => JSON.stringify(a) === JSON.stringify(b);
