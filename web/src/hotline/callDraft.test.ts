import { describe, expect, it } from 'vitest';
import { type CompleteCallDraft, callInput } from './callDraft';

const draft: CompleteCallDraft = {
  callerName: ' 王先生 ',
  callerPhone: '138 1234 5678',
  requestType: 'complaint',
  urgency: 'complex',
  categoryCode: 'E0550',
  point: { lat: 43.9, lng: 125.3 },
  description: '井盖丢失',
};

describe('callInput: where a call goes', () => {
  it('sends a ticked call to the dispatch desk', () => {
    expect(callInput({ ...draft, toDispatchDesk: true }).toDispatchDesk).toBe(true);
    expect(callInput(draft).toDispatchDesk).toBeUndefined();
  });

  it('sends a consultation answered on the call neither to a unit nor to the desk', () => {
    const answered = callInput({
      ...draft,
      requestType: 'consult',
      answeredOnCall: true,
      toDispatchDesk: true,
    });
    expect(answered).toMatchObject({ answeredOnCall: true });
    expect(answered.toDispatchDesk).toBeUndefined();
  });

  it('does not carry an answered-on-call box over to a complaint', () => {
    const complaint = callInput({ ...draft, answeredOnCall: true, toDispatchDesk: true });
    expect(complaint.answeredOnCall).toBeUndefined();
    expect(complaint.toDispatchDesk).toBe(true);
  });
});
