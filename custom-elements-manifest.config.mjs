// Config for @custom-elements-manifest/analyzer (`npm run manifest`).
// Writes custom-elements.json at the repo root from the JSDoc of the Lit
// elements (@tagname, @attr, @event, @csspart, @cssprop) and their
// `static properties`.

/**
 * The analyzer's Lit support (0.11) turns every entry of `static properties`
 * into an attribute, including internal reactive state (`{ state: true }`),
 * which Lit never maps to an attribute. Drop those attributes and the
 * `attribute` link on the matching fields.
 */
function litStatePropertiesPlugin() {
  /** class name -> names of its `state: true` properties */
  const stateProperties = new Map();
  return {
    name: 'consent-banner:lit-state-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = stateProperties.get(node.name.getText()) ?? new Set();
          names.add(property.name.getText());
          stateProperties.set(node.name.getText(), names);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = stateProperties.get(declaration.name);
        if (!names) continue;
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((a) => !(a.fieldName && names.has(a.fieldName)));
        }
        for (const member of declaration.members ?? []) {
          if (names.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

/** Globbing is asynchronous, so module order varies between runs: sort by path. */
function sortModulesPlugin() {
  return {
    name: 'consent-banner:sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/ui/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements"; don't let the analyzer rewrite it.
  packagejson: false,
  plugins: [litStatePropertiesPlugin(), sortModulesPlugin()],
};
