import { currentLanguage } from './index';

// Deadlines come from the city's working calendar (8:30–17:30 Beijing time): show them in the city's
// time whatever zone the device is set to, or "due 09:30" would read differently on a travelling laptop.
const cityTimeZone = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const language = currentLanguage();
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone: cityTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(language, format);
  }
  return format.format(new Date(iso));
}
