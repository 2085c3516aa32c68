// The wall shows the city's time, whatever zone the machine driving it is set to.
const cityDateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const cityDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const cityNow = (): string => cityDateTime.format(new Date());

/** The last `count` China days up to today, as a trend's from and to. */
export function lastDays(count: number, now = new Date()): { from: string; to: string } {
  const to = cityDay.format(now);
  const start = new Date(Date.parse(`${to}T00:00:00Z`) - (count - 1) * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to };
}
