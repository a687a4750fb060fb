// Stands in for node:fs/promises and node:path in the browser bundle (see webpack.config.js):
// the xlsx gateway's atomic file writer imports them, the browser never calls it.
const unavailable = (name) => () => {
  throw new Error(`${name} is not available in the browser`);
};
export const rm = unavailable("fs.rm");
export const rename = unavailable("fs.rename");
export const writeFile = unavailable("fs.writeFile");
export const basename = unavailable("path.basename");
export const dirname = unavailable("path.dirname");
export const join = unavailable("path.join");
