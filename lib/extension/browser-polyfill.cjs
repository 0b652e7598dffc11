/** webextension-polyfill as the one property of a plain object: why, in polyfill-import.ts. */
module.exports = { browser: require('webextension-polyfill') };
