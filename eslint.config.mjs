// ESLint for the TypeScript code base: typescript-eslint's recommended rules and React hooks rules.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      '.scratch/**',
      '.temp/**',
      'coverage/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Repositories own every collection access: handlers, domain logic and services reach the
    // database only through server/repositories/ (one function per query, typed changes).
    files: ['cloudfunctions/**/*.ts', 'server/domain/**/*.ts', 'server/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/kernel/database'],
              importNames: ['collection', 'database', 'tcb'],
              message: 'Reach the database through a function in server/repositories/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='collection'], CallExpression[callee.property.name='collection']",
          message: 'Reach the database through a function in server/repositories/.',
        },
        {
          selector: "MemberExpression[property.name='command']",
          message: 'Database operators belong in server/repositories/, behind a typed change.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
