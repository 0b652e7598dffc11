/**
 * webextension-polyfill, handed on as the one property of a plain object (see polyfill-import.ts).
 * Imported straight from an ES module, the bundler would copy every property of what the
 * polyfill exports, which in a browser with its own `browser` is that object: reading each
 * property makes the browser build every extension API it offers, in every frame.
 */
module.exports = { browser: require('webextension-polyfill') };
