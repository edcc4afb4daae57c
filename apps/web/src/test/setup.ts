import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Files share one jsdom (isolate: false in vite.config.ts): what a test rendered goes with it.
afterEach(cleanup);
