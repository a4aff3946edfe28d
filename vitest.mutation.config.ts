import { defineConfig } from 'vitest/config';

// The unit tests as Stryker runs them for `npm run test:mutation`: no type tests, no coverage.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/comparison-rule.test.ts', 'tests/bad-shapes.test.ts'],
    exclude: ['tests/package/**', 'node_modules/**'],
  },
});
