import type { OutboxReport } from '../offline/outboxItem';

export interface ReportPoint {
  lat: number;
  lng: number;
}

/** What the reporter has entered, photos aside. */
export interface ReportDraft {
  categoryCode?: string;
  point?: ReportPoint;
  description?: string;
  address?: string;
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
 * give the same JSON, which is how a 12345 call's retry is recognised as the same submission.
 */
export const problemFields = ({ categoryCode, description, point, address }: Problem) => ({
  categoryCode,
  description: description.trim(),
  lat: point.lat,
  lng: point.lng,
  address: trimmed(address),
});

/** The report as it waits in the outbox; the photo ids are added once its photos are uploaded. */
export function caseReport(draft: Problem & ReportDraft): OutboxReport {
  return {
    ...problemFields(draft),
    reporterName: trimmed(draft.reporterName),
    reporterPhone: trimmed(draft.reporterPhone),
    selfHandled: draft.selfHandled || undefined,
  };
}
