import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": "off",
    },
  },
  {
    // The pure core: no I/O libraries, no clock.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["grammy", "@grammyjs/*", "@prisma/*", "node-cron", "**/generated/**", "node:fs*"],
              message: "src/domain is pure: no I/O.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Time comes in as an argument.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Time comes in as an argument.",
        },
      ],
    },
  },
  {
    // The conversation decides what a person is shown; it speaks to services only.
    files: ["src/conversation/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["grammy", "grammy/*", "@grammyjs/*", "@prisma/*", "**/generated/**", "**/channels/**"],
              message: "src/conversation is channel-neutral: no grammY, no Prisma, no channel code.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='db']",
          message: "Reach the database through a service.",
        },
      ],
    },
  },
  {
    // Channels read and render their transport; data comes from the conversation and services.
    files: ["src/channels/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "**/generated/**"],
              message: "Channels never touch Prisma: ask a service.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='db']",
          message: "Reach the database through a service.",
        },
      ],
    },
  },
);
