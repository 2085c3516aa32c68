import { maskIdNumber, maskPhone } from './mask.js';

// Reporters often type their number or e-mail into the description itself ("请联系我 13812345678").
// The reporter fields are never shown, so the same data left in the text is masked before it is.
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ID_NUMBER = /(?<![0-9Xx])\d{17}[\dXx](?![0-9Xx])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Free text fit for the public: phone numbers, ID numbers and e-mail addresses masked. */
export function publicText(text: string): string {
  return text
    .replace(ID_NUMBER, (m) => maskIdNumber(m) ?? '')
    .replace(MOBILE, (m) => maskPhone(m) ?? '')
    .replace(EMAIL, (m) => `${m.slice(0, 1)}***@${m.split('@')[1] ?? ''}`);
}
