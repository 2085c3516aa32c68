/** The whistle figures a city configures; they join the settings table under these keys. */
export interface WhistleSettings {
  /**
   * How long the called units have to report in after a whistle, in clock hours: a whistle is urgent
   * joint action, so the time runs at night and over the weekend too.
   */
  whistleReportHours: number;
}

export const WHISTLE_SETTING_DEFAULTS: WhistleSettings = { whistleReportHours: 24 };

// Past a week a report-in window is no longer a whistle; below an hour nobody can get there.
const MIN_HOURS = 1;
export const MAX_WHISTLE_REPORT_HOURS = 168;

function reportHours(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_HOURS ||
    value > MAX_WHISTLE_REPORT_HOURS
  ) {
    throw new RangeError(
      `whistleReportHours must be a whole number from ${MIN_HOURS} to ${MAX_WHISTLE_REPORT_HOURS}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Checks a value for one whistle key; throws a RangeError saying what is wrong. */
export const WHISTLE_SETTING_PARSERS: {
  [K in keyof WhistleSettings]: (value: unknown) => WhistleSettings[K];
} = { whistleReportHours: reportHours };
