// Named entities: extraction per sentence, and cross-script name comparison for the index and the verdict.
export { extractEntities } from './extract';
export { MENTION_CONFIRMED, findMentions, sentenceNameKeys, type Mention } from './mentions';
export { entityKeyOf, nameKey, nameKeys, romanize } from './names';
