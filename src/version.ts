/** This toolkit's version (package.json's; the release process keeps them equal). */
export const VERSION = '0.1.0';
