// Lets plain `node` run the project's TypeScript (for the bench): transpile-only, CommonJS.
const fs = require("fs");
const ts = require("typescript");
const config = require("../tsconfig.json").compilerOptions;

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { ...config, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, noEmit: false, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
  });
  module._compile(outputText, filename);
};
