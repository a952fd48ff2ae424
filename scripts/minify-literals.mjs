// A Vite plugin that minifies the CSS and HTML inside Lit's css`` / html`` / svg`` literals
// at build time (esbuild and rolldown leave template strings untouched). HTML whitespace is
// collapsed conservatively (one space stays, so text and inline elements keep their gaps)
// and empty attributes are kept (alt="" and aria-* values matter).
import { minifyHTMLLiterals } from 'minify-literals';

/** @returns {import('vite').Plugin} */
export function minifyLiterals() {
  return {
    name: 'frontdesk:minify-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      return minifyHTMLLiterals(code, {
        fileName: id,
        html: { conservativeCollapse: true, removeEmptyAttributes: false },
      });
    },
  };
}
