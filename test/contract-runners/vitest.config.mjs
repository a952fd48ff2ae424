export default { test: { include: ['vitest.test.mjs'], globals: false, watch: false } };
