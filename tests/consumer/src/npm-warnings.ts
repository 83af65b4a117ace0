// Which `npm install` warnings a stranger would blame on us. Everything npm warns about while
// installing our tarballs counts (engines, peer conflicts, deprecations, ...), except notices
// that describe the machine or npm's own policy rather than our packages or their dependencies.
const NOT_ABOUT_OUR_PACKAGES = [
  // The machine's ~/.npmrc carries keys npm 11 no longer knows (e.g. `nodedir`).
  /^npm warn Unknown (user|project|env|global|builtin) config /,
  // npm 11 lists install scripts it did not run; in Prism's tree that is @scarf/scarf's
  // telemetry ping, which nobody wants run.
  /^npm warn install-scripts\b/,
];

export function warningsAboutOurPackages(warnings: readonly string[]) {
  return warnings.filter((line) => !NOT_ABOUT_OUR_PACKAGES.some((pattern) => pattern.test(line)));
}
