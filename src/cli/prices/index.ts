/** The price-file tools' library entry (Node only): parsers and the index builder. */
export { parsePriceFile, readPriceFile, itemKey, type ParseResult, type PriceFile } from './parse.js';
export { decodeText, type DecodeStats } from './decode.js';
export type * from './model.js';
export { IndexWriter, type IndexSummary } from './index-writer.js';
export { buildIndex, type BuildOptions, type BuildProgress, type BuildResult } from './build.js';
export { createProgress, describeProgress, type ProgressOptions, type ProgressView } from './progress.js';
export { CsvScanner, CsvBrokenError } from './csv-scan.js';
export { RateSpill, rateFields } from './spill.js';
