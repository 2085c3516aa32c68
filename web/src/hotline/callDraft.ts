import type { CallInput, RequestType, Urgency } from '@needle/contract';
import { problemFields, type ReportPoint } from '../report/reportDraft';

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
  toDispatchDesk?: boolean;
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

/** The request body, the problem first, in one fixed key order (a retry is the same JSON). */
export function callInput(draft: CompleteCallDraft): CallInput {
  // Only a consultation can be answered on the call; a box left ticked from one is not sent with another.
  const answered = draft.requestType === 'consult' && draft.answeredOnCall === true;
  return {
    ...problemFields(draft),
    callerName: draft.callerName.trim(),
    callerPhone: draft.callerPhone.trim(),
    requestType: draft.requestType,
    urgency: draft.urgency,
    answeredOnCall: answered ? true : undefined,
    // A call answered on the line is closed there; it has nothing to send to the desk.
    toDispatchDesk: !answered && draft.toDispatchDesk ? true : undefined,
  };
}
