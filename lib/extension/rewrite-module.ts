import type { Plugin } from 'vite';

/**
 * A Vite plugin that rewrites one dependency's module as the build reads it (matched by its
 * path). The rewrite checks that the module still reads as expected and throws, naming the
 * file, when it does not: a changed dependency fails the build rather than ship unchanged.
 */
export function rewriteModule(name: string, file: RegExp, rewrite: (code: string, file: string) => string): Plugin {
  return {
    name,
    transform(code, id) {
      if (!file.test(id.split('?')[0]!)) return null;
      return { code: rewrite(code, id), map: null };
    },
  };
}
