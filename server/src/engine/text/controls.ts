// Text from a source or a report shown where it is not escaped for a renderer: a terminal (the CLI's
// text output and messages), a diagnostic message. Control characters could drive a terminal (ANSI and
// OSC sequences: colours, titles, hyperlinks, the clipboard) and bidirectional overrides could make a
// quoted figure read as another one; both are written as visible escapes instead.

/** C0 and C1 controls and DEL (white space other than the plain space included), and bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written visibly: `\x1b`, `<U+202E>`; tabs and line breaks become a space. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') return ' ';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `<U+${code.toString(16).toUpperCase()}>`;
  });
}
