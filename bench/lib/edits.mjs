// The one-sentence edits both the engine and the LSP re-check measures make.

/** Edits one sentence of paragraph k: bumps its first figure, or adds a word when it has none. */
export function editOneSentence(text, k) {
  const paras = [...text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)].filter((m) => !m[0].startsWith('#'));
  const p = paras[(k * 7919) % paras.length];
  const digit = /\d+/.exec(p[0]);
  let edited;
  if (digit) edited = p[0].slice(0, digit.index) + String(Number(digit[0]) + 1) + p[0].slice(digit.index + digit[0].length);
  else edited = p[0].replace(/([.!?。])?\s*$/, ' indeed$1');
  return text.slice(0, p.index) + edited + text.slice(p.index + p[0].length);
}
