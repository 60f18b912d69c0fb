// any-ascii ships only as an ES module. Node 20 loads it through require() and esbuild bundles it,
// but TypeScript's CommonJS check refuses a static import, hence this one typed seam.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mod = require('any-ascii') as { default: (text: string) => string };

/** Transliterates any Unicode text to ASCII. */
export const anyAscii: (text: string) => string = mod.default;
