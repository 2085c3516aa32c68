/** A stretch of the clock, 'HH:MM' (24-hour, China time); end is exclusive. */
export interface ClockRange {
  start: string;
  end: string;
}

/** When an office works: the opening and closing time, minus breaks such as lunch (午休). */
export interface OfficeHours extends ClockRange {
  breaks?: readonly ClockRange[];
}

/** Usual hours of a Chinese government office: 08:30–17:30 with an hour for lunch. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  start: '08:30',
  end: '17:30',
  breaks: [{ start: '12:00', end: '13:00' }],
};

/** A stretch of office time within a day, in minutes after midnight; end exclusive. */
export interface OfficeSession {
  readonly start: number;
  readonly end: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(clock: string, what: string): number {
  const match = typeof clock === 'string' ? CLOCK.exec(clock) : null;
  if (!match) {
    throw new RangeError(`Office hours: ${what} must be a HH:MM time, got ${JSON.stringify(clock)}`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Validates office hours and turns them into the sessions of one working day, in order.
 * Throws on anything an administrator could mistype: bad clock strings, closing before opening,
 * a break outside the day or overlapping another, breaks that leave no working time at all.
 */
export function officeSessions(hours: OfficeHours): readonly OfficeSession[] {
  const open = minutesOf(hours.start, 'start');
  const close = minutesOf(hours.end, 'end');
  if (close <= open) {
    throw new RangeError(`Office hours: end ${hours.end} must be after start ${hours.start}`);
  }
  const breaks = (hours.breaks ?? [])
    .map((pause) => ({
      label: `${pause.start}–${pause.end}`,
      start: minutesOf(pause.start, 'break start'),
      end: minutesOf(pause.end, 'break end'),
    }))
    .sort((a, b) => a.start - b.start);

  const sessions: OfficeSession[] = [];
  let cursor = open;
  let previous = '';
  for (const pause of breaks) {
    if (pause.end <= pause.start) {
      throw new RangeError(`Office hours: break ${pause.label} ends before it starts`);
    }
    if (pause.start < open || pause.end > close) {
      throw new RangeError(`Office hours: break ${pause.label} must lie within ${hours.start}–${hours.end}`);
    }
    if (pause.start < cursor) {
      throw new RangeError(`Office hours: breaks ${previous} and ${pause.label} overlap`);
    }
    if (pause.start > cursor) sessions.push({ start: cursor, end: pause.start });
    cursor = pause.end;
    previous = pause.label;
  }
  if (close > cursor) sessions.push({ start: cursor, end: close });
  if (sessions.length === 0) throw new RangeError('Office hours: the breaks leave no working time');
  return sessions;
}
