import type { Lang, NumberClaim } from '../types';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * The replacement for a contradicted figure, in the claim's language and style. When only the figure
 * differs (same scale word, same unit), the claim's own digits are rewritten, keeping its decimal mark
 * and its digit script; otherwise the source's own wording is offered.
 */
export function suggestReplacement(claim: NumberClaim, source: NumberClaim, _lang: Lang): string {
  const c = claim.quantity;
  const s = source.quantity;
  const digits = /[0-9\u0660-\u0669]+(?:[.,\u066b][0-9\u0660-\u0669]+)?/.exec(claim.text);
  const sameUnit = c.dimension === s.dimension && c.currency === s.currency && c.timeUnit === s.timeUnit && c.measureUnit === s.measureUnit;
  if (!digits || !sameUnit || (c.scale || 1) !== (s.scale || 1)) return source.text;
  const mantissa = s.value / (s.scale || 1);
  let text = formatPlain(mantissa);
  const arabicDigits = /[\u0660-\u0669]/.test(digits[0]);
  const comma = /^\d+,\d{1,2}$/.test(digits[0]);
  const grouped = /^\d{1,3}(?:,\d{3})+/.test(digits[0]);
  if (grouped) text = mantissa.toLocaleString('en-US', { maximumFractionDigits: 12 });
  if (/\u066b/.test(digits[0]) || arabicDigits) text = text.replace('.', '\u066b');
  else if (comma) text = text.replace('.', ',');
  if (arabicDigits) text = text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]);
  return claim.text.slice(0, digits.index) + text + claim.text.slice(digits.index + digits[0].length);
}

function formatPlain(v: number): string {
  return Number(v.toPrecision(12)).toString();
}
