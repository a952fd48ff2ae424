import * as z from 'zod/mini';
import { Location } from './location.js';

export const LocationList = z.array(Location);
