// Text files bundled as strings by webpack's asset/source rule (webpack.config.js).
declare module "*.csv" {
  const text: string;
  export default text;
}
