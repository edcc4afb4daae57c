import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '**/dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'scripts/*.js', 'jest.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nestjs/common', importNames: ['ParseUUIDPipe'], message: 'Use ParseIdPipe from @skill-ladder/platform: its 400 names the parameter.' }] },
      ],
    },
  },
  { files: ['test/**', 'bench/**', '**/*.spec.ts'], rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' } },
);
