/** The price-file tools' library entry (Node only): parsers and the index builder. */
export { parsePriceFile, readPriceFile, itemKey, type ParseResult, type PriceFile } from './parse.js';
export { decodeText, type DecodeStats } from './decode.js';
export type * from './model.js';
export { IndexWriter, type IndexSummary } from './index-writer.js';
export { buildIndex, type BuildOptions, type BuildResult } from './build.js';
