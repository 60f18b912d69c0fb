/** Folds Arabic-Indic (٠–٩), Extended Arabic-Indic (۰–۹) and full-width digits to ASCII, one char for one char. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => {
    const c = d.charCodeAt(0);
    if (c >= 0xff10) return String(c - 0xff10);
    return String(c >= 0x6f0 ? c - 0x6f0 : c - 0x660);
  });
}
