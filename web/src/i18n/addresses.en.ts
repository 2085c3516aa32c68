// Address search and the hotline console for a call in progress; spread into en.ts.
export const addressesEn = {
  search: 'Address',
  placeholder: 'Type an address, building or landmark; pinyin works too (e.g. yhl)',
  searching: 'Searching…',
  none: 'No match in the gazetteer: pick the place on the map instead',
  external: "City's address service",
  geocoderFailed: "The city's address service did not answer; showing the local gazetteer only",
  outsideGrids: 'Outside every grid',
  kinds: { address: 'Number', building: 'Building', landmark: 'Landmark' },
};

export const callConsoleEn = {
  hint: 'Keyboard only: Tab moves on, ↑↓ choose an address, Enter confirms, Ctrl+Enter saves and takes the next call',
  saveAndNext: 'Save and next',
  shortcut: 'Ctrl+Enter',
  history: "Caller's earlier tickets",
  historyHint: 'Type the caller’s number to see their earlier tickets',
  historyLoading: 'Looking up earlier tickets…',
  historyNone: 'No earlier tickets from this number',
  historyCount: '{{count}} earlier tickets from this number',
  dueAt: 'Due: {{time}}',
  dueHint: 'For the chosen urgency, counted from now',
  pin: 'Pin',
  pinCommunity: 'The pin is in {{name}}',
  pinOutside: 'The pin is outside every grid',
  mismatch: 'The address and the pin are in different communities',
  mismatchDetail:
    'The address belongs to “{{typed}}” but the pin is in “{{pinned}}”. Check with the caller so the case goes to the right place.',
  mismatchAck: 'Checked with the caller: dispatch by the pin',
  mismatchAckRequired: 'Check the address and the pin’s community first',
  next: 'Cleared: ready for the next call',
};
