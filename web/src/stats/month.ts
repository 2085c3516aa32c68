// Months are the city's months: a leader looking at 00:30 on the 1st in Beijing sees the new month
// whatever zone the device is set to.
const cityMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
});

/** The current month in the city, 'YYYY-MM', the form GET /api/stats/* takes. */
export function thisMonth(): string {
  const parts = cityMonth.formatToParts(new Date());
  const year = parts.find((part) => part.type === 'year')?.value ?? '';
  const month = parts.find((part) => part.type === 'month')?.value ?? '';
  return `${year}-${month}`;
}

export const isMonth = (text: string | null): text is string =>
  text !== null && /^20\d{2}-(0[1-9]|1[0-2])$/.test(text);
