/** The Open311 figure a city configures; it joins the settings table under this key. */
export interface Open311Settings {
  /**
   * An Open311 POST without an Idempotency-Key that repeats, word for word, one from the same client
   * within this many minutes is taken for a retry and answered with the first request. Later, the same
   * words at the same place are a new complaint: the same problem can come back days on.
   */
  open311RetryWindowMinutes: number;
}

export const OPEN311_SETTING_DEFAULTS: Open311Settings = { open311RetryWindowMinutes: 10 };

// A client retries within seconds or minutes; past a day (how long an explicit Idempotency-Key lasts)
// an identical body is a new report.
export const MAX_OPEN311_RETRY_WINDOW_MINUTES = 1440;

function retryWindow(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_OPEN311_RETRY_WINDOW_MINUTES
  ) {
    throw new RangeError(
      `open311RetryWindowMinutes must be a whole number from 1 to ${MAX_OPEN311_RETRY_WINDOW_MINUTES}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Checks a value for the Open311 key; throws a RangeError saying what is wrong. */
export const OPEN311_SETTING_PARSERS: {
  [K in keyof Open311Settings]: (value: unknown) => Open311Settings[K];
} = { open311RetryWindowMinutes: retryWindow };
