// The checking engine's public face: no LSP imports anywhere below this folder.
export * from './types';
export { SourceIndex } from './index/sourceIndex';
export { Checker, checkText, type CheckOptions, type SliceControl } from './check';
export { loadSources, listSourceFiles, readSourceFile, DEFAULT_MAX_FILE_BYTES, UNREADABLE, type Corpus, type LoadOptions, type SourceFile } from './sources/load';
export { analyzeArticle } from './sources/article';
export { detectLang } from './text/lang';
export { extractEntities } from './entities/extract';
export { LineMap } from './text/positions';
export { engineKey } from './index/cache';
