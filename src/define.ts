// Registers every fd-* tag. Safe to import more than once, and beside another copy.
import './widgets/provider/fd-provider.js';

export * from './index.js';
