import { join } from 'node:path';
import { serverDir } from './support.js';

/** The CMS v3.0 example file (JSON) and the demo's plain names: what the pricing tests import. */
export const cmsExample = join(serverDir, '../test/fixtures/cms-price-transparency/v3-example.json');
export const plainNames = join(serverDir, '../demo/data/plain-names.csv');
