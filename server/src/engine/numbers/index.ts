// Stage 2 of the engine, numbers: extraction in four languages, and suggestions written in the claim's style.
export { extractNumbers, extractDetailed, type DetailedClaim, type NumberContext } from './extract';
export { formatSuggestion } from './format';
export { sameDimension, measureFamily, convertInto } from './dimension';
