// Refusals of the hotspot proposals (未诉先办); spread into en.ts `errors`.
export const hotspotsErrorsEn = {
  PROPOSAL_NOT_FOUND: 'This proposal does not exist or is not in your streets',
  PROPOSAL_DECIDED: 'This proposal has already been accepted or dismissed; refresh to see it',
  WHISTLE_NOT_ALLOWED: 'Accepting as a whistle order needs the right to whistle (street or community staff)',
  DETECTOR_BUSY: 'The detector is running; try again in a moment',
};
