// Lets plain `node` run the project's TypeScript (for the bench): transpile-only, CommonJS.
const fs = require("fs");
const ts = require("typescript");
const config = require("../tsconfig.json").compilerOptions;

// Node tries extensions in the order they were registered: ".ts" must come before ".json", or
// "./en" finds a catalogue's en.json instead of its typed en.ts wrapper.
const json = require.extensions[".json"];
const native = require.extensions[".node"];
delete require.extensions[".json"];
delete require.extensions[".node"];

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { ...config, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, noEmit: false, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
  });
  module._compile(outputText, filename);
};

require.extensions[".json"] = json;
require.extensions[".node"] = native;
