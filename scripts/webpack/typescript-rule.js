/**
 * How the browser builds (webpack.config.js, webpack.preview.config.js) compile our TypeScript, said
 * once so the add-in and the preview the bench measures cannot drift apart.
 *
 * Loaders run last to first: ts-loader makes JavaScript, then Griffel's loader turns our
 * makeStyles() calls into their finished CSS classes (__styles), as Fluent's own packages ship
 * theirs, so taskpane.js carries no run-time style resolver (stylis, rtl-css-js). To work out a
 * style's values it runs the modules they come from (card-style.ts, ...) from their TypeScript
 * source, not ts-loader's output: Babel needs the TypeScript preset.
 */
"use strict";

const path = require("path");

const ROOT = path.join(__dirname, "..", "..");

/** @param {{ sourceMap: boolean }} options */
function typescriptRule({ sourceMap }) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: [
      { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
      {
        loader: "ts-loader",
        options: {
          transpileOnly: true,
          configFile: path.join(ROOT, "tsconfig.json"),
          compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "node", jsx: "react-jsx", sourceMap },
        },
      },
    ],
  };
}

module.exports = { typescriptRule };
