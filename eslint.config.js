// `npm run lint`: the Office.js rules of eslint-plugin-office-addins over the sources (TypeScript
// itself checks types): load before reading, sync after loading and before reading, no sync in
// a loop, null objects tested through isNullObject.
"use strict";
const parser = require("@typescript-eslint/parser");
const officeAddins = require("eslint-plugin-office-addins");

const plugin = officeAddins.default ?? officeAddins;

module.exports = [
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser, sourceType: "module" },
    plugins: { "office-addins": plugin },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
];
