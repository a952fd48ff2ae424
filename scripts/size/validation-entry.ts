// The validation chunk: zod/mini and the schemas of the shared ports, which the guard
// loads in parallel with a widget's first adapter call.
export * from '../../src/core/schemas/scheduling.js';
