/**
 * Residents' personal data is masked wherever it appears in a list: enough to recognise
 * a number one already knows, not enough to call a stranger.
 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  // Accounts' numbers are stored in E.164; a mainland one is shown as people write it, without +86.
  const digits = phone.replace(/\s+/g, '').replace(/^\+86(?=1\d{10}$)/, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 18-digit resident ID number: keep the region prefix and the check digit only. */
export function maskIdNumber(id: string | null): string | null {
  if (id === null) return null;
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 7)}${id.slice(-1)}`;
}

/** A person's name: the family name stays (张**), enough to tell cases apart, not to identify. */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
