/* eslint-disable no-undef */
// Builds the functions bundle (+ functions.json), the task pane page and the manifest into dist/.
// Modelled on the OfficeDev shared-runtime template: one page hosts both the task pane and the
// custom functions, so they share one runtime.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls } = require("./scripts/manifestUrls");
const { ErrorInputsMetadataPlugin, LocalizedMetadataPlugin } = require("./scripts/localizedMetadata");

/** The functions' table (src/functions/table/), loaded from its TypeScript sources. */
function functionTable() {
  require("./scripts/tsRequire");
  return require("./src/functions/table");
}

const DEV_URL = "https://localhost:3000/";
// Where the built add-in is hosted; every https://localhost:3000/ in the manifest becomes this.
const PROD_URL = process.env.ADDIN_PRODUCTION_URL || "https://partner-incentives.example.com/";

async function httpsOptions() {
  const { ca, cert, key } = await require("./scripts/devCerts").devHttpsOptions();
  return { ca, cert, key };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  if (!dev) {
    // Refused before building when not https (rewriteManifestUrls checks it), and said where it points.
    rewriteManifestUrls(DEV_URL, DEV_URL, PROD_URL);
    const where = process.env.ADDIN_PRODUCTION_URL ? PROD_URL : `${PROD_URL} (placeholder: set ADDIN_PRODUCTION_URL)`;
    console.log(`Production build: dist/manifest.xml points at ${where}`);
  }
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // Chunks load relative to taskpane.html. The default ("auto") makes webpack find the script's
      // own URL through its global-object helper, whose old-browser fallback is
      // `new Function("return this")`: code from a string, which the security checks forbid.
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
          // Our modules do nothing on import but declare (the functions' registration is an entry,
          // always run): an index's re-exports that nobody uses are then left out, so
          // `import { x } from "../engine"` does not bring the whole engine into the first screen.
          sideEffects: false,
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
        // Sample data ships as text inside a lazily loaded chunk: no fetch, nothing on the first screen.
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Excel passes error values (#N/A in a cell) to the functions only when functions.json allows it.
      new ErrorInputsMetadataPlugin(),
      // Autocomplete descriptions in Simplified Chinese; the manifest points zh-CN Excel at this file.
      // Its words come from the functions' table (src/functions/table/), read here as TypeScript.
      new LocalizedMetadataPlugin({ locale: "zh-CN", translations: functionTable().zhMetadata() }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first, so they are registered even if the task pane's UI fails to start.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), DEV_URL, PROD_URL)),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
