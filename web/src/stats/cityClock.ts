// The time of day in the city, whatever zone the device is set to, as a leader in Changchun reads it.
const cityClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 'HH:mm:ss' in the city, for an ISO timestamp such as a KPI reply's `asOf`. */
export const cityTimeOfDay = (iso: string): string => cityClock.format(new Date(iso));
