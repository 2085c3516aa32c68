import type { CaseReport } from '@needle/contract';

/** A report as it waits: everything but the photo ids, which exist only once its photos are uploaded. */
export type OutboxReport = Omit<CaseReport, 'photoIds'>;

export interface OutboxPhoto {
  /** Shrunk on the phone; kept until the report is accepted, so nothing photographed is lost. */
  blob: Blob;
  /** Set as soon as the upload is answered: a retry never uploads the same photo twice. */
  uploadedId: string | null;
}

/**
 * `waiting`: not sent yet, or the network failed (等待网络). `sending`: an attempt is under way (or was
 * cut short by the page closing: the next attempt picks it up). `refused`: the server said no; the user
 * fixes it or discards it, it is never dropped silently.
 */
export type OutboxState = 'waiting' | 'sending' | 'refused';

/** Why the server refused a report, kept as plain data: IndexedDB stores no class instances. */
export interface OutboxRefusal {
  status: number;
  code: string;
  message: string;
}

/** One report in the outbox (the phone's IndexedDB), until the server has it. */
export interface OutboxItem {
  /** The Idempotency-Key: every attempt sends the same one, so a retry never makes a second case. */
  key: string;
  /** Whose report: on a shared phone only its author's session sends it. */
  userId: string;
  body: OutboxReport;
  photos: OutboxPhoto[];
  state: OutboxState;
  error?: OutboxRefusal;
  /** ISO time the report was made. */
  createdAt: string;
  /** A problem found on patrol: sent to that patrol, so the case is tied to it. */
  patrolId?: string;
  /** A report from a shop's code (一户一码): sent to the shop, so the case is placed at it and tied to it. */
  shopCode?: string;
}

/** The request body: the report with its photos' ids, in the photos' order. */
export function caseReportOf(item: OutboxItem): CaseReport {
  return { ...item.body, photoIds: item.photos.flatMap((photo) => photo.uploadedId ?? []) };
}
