import type { CallInput, RequestType, Urgency } from '../api/hotlineTypes';
import type { ReportPoint } from '../report/reportDraft';

/** What the operator has typed: the form's values, and what an unconfirmed submission keeps. */
export interface CallDraft {
  callerName?: string;
  callerPhone?: string;
  requestType?: RequestType;
  urgency?: Urgency;
  categoryCode?: string;
  point?: ReportPoint;
  address?: string;
  description?: string;
  answeredOnCall?: boolean;
}

export type CompleteCallDraft = CallDraft &
  Required<
    Pick<CallDraft, 'callerName' | 'callerPhone' | 'requestType' | 'urgency' | 'categoryCode' | 'point'>
  > & { description: string };

export function isComplete(draft: CallDraft): draft is CompleteCallDraft {
  return Boolean(
    draft.callerName &&
      draft.callerPhone &&
      draft.requestType &&
      draft.urgency &&
      draft.categoryCode &&
      draft.point &&
      draft.description,
  );
}

/**
 * The request body in one fixed key order: two drafts that say the same give the same JSON, which is
 * how a retry is recognised as the same call (and so keeps its Idempotency-Key).
 */
export function callInput(draft: CompleteCallDraft): CallInput {
  const trimmed = (text: string | undefined) => text?.trim() || undefined;
  return {
    categoryCode: draft.categoryCode,
    description: draft.description.trim(),
    lat: draft.point.lat,
    lng: draft.point.lng,
    address: trimmed(draft.address),
    callerName: draft.callerName.trim(),
    callerPhone: draft.callerPhone.trim(),
    requestType: draft.requestType,
    urgency: draft.urgency,
    // Only a consultation can be answered on the call; a box left ticked from one is not sent with another.
    answeredOnCall: draft.requestType === 'consult' && draft.answeredOnCall ? true : undefined,
  };
}

export const sameCall = (a: CallInput, b: CallInput): boolean => JSON.stringify(a) === JSON.stringify(b);
